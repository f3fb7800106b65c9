using System;
using System.Linq;

namespace GovDisclosure.Model;

/// <summary>
/// Marks a model property with the official Chinese label it carries in the report format
/// (国办公开办函〔2021〕30号), and an English rendering of it.
/// </summary>
/// <remarks>
/// This attribute is the single home of every official label: the JSON Schema titles, the cell
/// catalogue used by validators and renderers, and the messages of findings are all derived from it.
/// </remarks>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class OfficialLabelAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="label">The official Chinese label, copied exactly (full-width punctuation).</param>
    /// <param name="english">An English rendering of the label.</param>
    public OfficialLabelAttribute(string label, string english)
    {
        Label = label;
        English = english;
    }

    /// <summary>The official Chinese label, e.g. <c>（七）总计</c>.</summary>
    public string Label { get; }

    /// <summary>An English rendering of the label, e.g. <c>(7) Total</c>.</summary>
    public string English { get; }

    /// <summary>
    /// <see langword="true"/> when the value is a total that the format defines as the sum of
    /// other values (a producer may compute it; a form may show it read-only).
    /// </summary>
    public bool IsTotal { get; set; }

    /// <summary>
    /// The official heading printed over this member and its neighbours in the published table, outer levels
    /// first and separated by <c>·</c>, or <see langword="null"/>: the band caption of table 二 on a row
    /// (<c>第二十条第（一）项</c>), the column groups of table 三 on a column (<c>申请人情况·法人或其他组织</c>).
    /// </summary>
    public string? Heading { get; set; }

    /// <summary>
    /// On a table, the text of its top-left header cell, or <see langword="null"/>: <c>信息内容</c> over the row
    /// labels of each band of table 二, and the balance note of table 三.
    /// </summary>
    public string? Corner { get; set; }

    /// <summary>The official label of a model property.</summary>
    internal static OfficialLabelAttribute Of(Type type, string property) =>
        (OfficialLabelAttribute?)type.GetProperty(property)?.GetCustomAttributes(typeof(OfficialLabelAttribute), inherit: true).FirstOrDefault()
        ?? throw new InvalidOperationException($"{type.Name}.{property} has no official label.");
}
