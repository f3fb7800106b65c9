using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using GovDisclosure.Model.Serialization;
using Json.Pointer;

namespace GovDisclosure.Model;

/// <summary>What kind of number a cell holds.</summary>
public enum CellKind
{
    /// <summary>A non-negative integer count.</summary>
    Count = 0,

    /// <summary>A non-negative money amount (<see cref="decimal"/>).</summary>
    Money = 1,

    /// <summary>A signed integer change (<see cref="int"/>), such as 本年增/减 of the 2019 format.</summary>
    SignedCount = 2,
}

/// <summary>
/// One numeric cell of a report format: where it lives in the JSON, and its official labels. Derived
/// from the model itself (<see cref="OfficialLabelAttribute"/> and the JSON contract), so that
/// validators, the JSON Schema and renderers name cells the same way.
/// </summary>
public sealed class ReportCell
{
    private readonly Func<object, object?>[] _getters;

    internal ReportCell(string pointer, ImmutableArray<OfficialLabelAttribute> labels, CellKind kind, bool isOptional, Func<object, object?>[] getters)
    {
        Pointer = pointer;
        Labels = labels.Select(l => l.Label).ToImmutableArray();
        EnglishLabels = labels.Select(l => l.English).ToImmutableArray();
        Kind = kind;
        IsOptional = isOptional;
        IsTotal = labels[labels.Length - 1].IsTotal || labels.Any(l => l.IsTotal);
        RowHeadings = labels.Take(labels.Length - 1).Skip(1).SelectMany(l => SplitHeading(l.Heading)).ToImmutableArray();
        ColumnHeadings = SplitHeading(labels[labels.Length - 1].Heading).ToImmutableArray();
        TableCorner = labels[0].Corner;
        _getters = getters;
    }

    /// <summary>The cell's JSON Pointer, e.g. <c>/applications/outcomes/total/naturalPersons</c>.</summary>
    public string Pointer { get; }

    /// <summary>The official labels from the section down to the column, e.g. <c>三、收到和处理政府信息公开申请情况</c>, <c>三、本年度办理结果</c>, <c>（七）总计</c>, <c>自然人</c>.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>The English renderings of <see cref="Labels"/>.</summary>
    public ImmutableArray<string> EnglishLabels { get; }

    /// <summary>What kind of number the cell holds.</summary>
    public CellKind Kind { get; }

    /// <summary>Whether the cell may be absent (the fee facts of section 六).</summary>
    public bool IsOptional { get; }

    /// <summary>Whether the cell is, or lies in, a total the format defines as a sum of other cells.</summary>
    public bool IsTotal { get; }

    /// <summary>The cell named for a reader, in Chinese: row labels, then <c> · </c> and the column label, e.g. <c>三、本年度办理结果（七）总计 · 自然人</c>.</summary>
    public string DisplayName => Labels.Length <= 2
        ? string.Join(" · ", Labels)
        : string.Concat(Labels.Skip(1).Take(Labels.Length - 2)) + " · " + Labels[Labels.Length - 1];

    /// <summary>The cell named for a reader, in English.</summary>
    public string EnglishDisplayName => EnglishLabels.Length <= 2
        ? string.Join(" · ", EnglishLabels)
        : string.Join(" › ", EnglishLabels.Skip(1).Take(EnglishLabels.Length - 2)) + " · " + EnglishLabels[EnglishLabels.Length - 1];

    /// <summary>Reads the cell's value from a report (slow: for tools and tests, not for hot paths).</summary>
    /// <param name="report">A report of the cell's format.</param>
    /// <returns>The value, or <see langword="null"/> when an optional cell is absent.</returns>
    public decimal? GetValue(AnnualReport report)
    {
        object? current = report ?? throw new ArgumentNullException(nameof(report));
        foreach (var get in _getters)
        {
            if (current is null)
            {
                return null;
            }

            current = get(current);
        }

        return current switch
        {
            null => null,
            uint u => u,
            int i => i,
            decimal d => d,
            _ => throw new InvalidOperationException($"The cell {Pointer} holds a {current.GetType().Name}."),
        };
    }

    /// <summary>
    /// The official headings over the cell's row in the published table that are not row labels, outermost first:
    /// the band caption of table 二 (e.g. <c>第二十条第（一）项</c>); empty elsewhere.
    /// </summary>
    public ImmutableArray<string> RowHeadings { get; }

    /// <summary>
    /// The official headings over the cell's column in the published table, outermost first: in table 三
    /// <c>申请人情况</c>, and <c>法人或其他组织</c> over the five organisation columns; empty elsewhere (table 四's
    /// groups are levels of its <see cref="Labels"/>).
    /// </summary>
    public ImmutableArray<string> ColumnHeadings { get; }

    /// <summary>
    /// The text of the top-left header cell of the cell's table, or <see langword="null"/>: <c>信息内容</c> in each band
    /// of table 二, the balance note <c>（本列数据的勾稽关系为：…）</c> in table 三.
    /// </summary>
    public string? TableCorner { get; }

    /// <inheritdoc />
    public override string ToString() => Pointer;

    private static IEnumerable<string> SplitHeading(string? heading) =>
        heading is null ? Enumerable.Empty<string>() : heading.Split('·');
}

/// <summary>The catalogue of every numeric cell of each report format, in table order.</summary>
public static class ReportCells
{
    /// <summary>Every numeric cell of a format, in table order (tables 二, 三, 四, then the fee facts of section 六).</summary>
    /// <param name="format">The format.</param>
    /// <returns>The cells.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The format is not one of <see cref="ReportFormat"/>.</exception>
    public static ImmutableArray<ReportCell> For(ReportFormat format) => ReportFormatInfo.Get(format).Cells;

    /// <summary>Finds a cell of a format by its JSON Pointer.</summary>
    /// <param name="format">The format.</param>
    /// <param name="pointer">The JSON Pointer.</param>
    /// <param name="cell">The cell, when found.</param>
    /// <returns>Whether the format has such a cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The format is not one of <see cref="ReportFormat"/>.</exception>
    public static bool TryFind(ReportFormat format, string pointer, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ReportCell? cell) =>
        ReportFormatInfo.Get(format).TryFindCell(pointer, out cell);

    /// <summary>The official label of a model property (the single home of labels).</summary>
    internal static OfficialLabelAttribute? LabelOf(JsonPropertyInfo property) =>
        property.AttributeProvider?.GetCustomAttributes(typeof(OfficialLabelAttribute), inherit: true).OfType<OfficialLabelAttribute>().FirstOrDefault();

    /// <summary>Builds the catalogue of a report type from its JSON contract and official labels.</summary>
    internal static ImmutableArray<ReportCell> Build(Type reportType)
    {
        var cells = ImmutableArray.CreateBuilder<ReportCell>();
        Walk(ReportJson.GetTypeInfo(reportType), JsonPointer.Empty, ImmutableArray<OfficialLabelAttribute>.Empty, new List<Func<object, object?>>(), false, cells);
        return cells.ToImmutable();
    }

    private static void Walk(JsonTypeInfo type, JsonPointer pointer, ImmutableArray<OfficialLabelAttribute> labels, List<Func<object, object?>> getters, bool optional, ImmutableArray<ReportCell>.Builder cells)
    {
        foreach (var property in type.Properties.OrderBy(p => p.Order))
        {
            var label = LabelOf(property);
            if (label is null || property.Get is null)
            {
                continue;
            }

            var propertyType = property.PropertyType;
            var underlying = Nullable.GetUnderlyingType(propertyType) ?? propertyType;
            var isOptional = optional || !property.IsRequired;
            var childPointer = pointer.Combine(property.Name);
            var childLabels = labels.Add(label);
            var childGetters = new List<Func<object, object?>>(getters) { property.Get };
            if (underlying == typeof(uint) || underlying == typeof(decimal) || underlying == typeof(int))
            {
                var kind = underlying == typeof(uint) ? CellKind.Count : underlying == typeof(int) ? CellKind.SignedCount : CellKind.Money;
                cells.Add(new ReportCell(childPointer.ToString(), childLabels, kind, isOptional, childGetters.ToArray()));
            }
            else if (underlying == typeof(AmountWithUnit))
            {
                // An amount with its unit is one cell, named by the property that holds it (e.g. 采购总金额).
                var amount = ReportJson.GetTypeInfo(underlying).Properties.Single(p => p.Name == AmountUnitJsonConverter.AmountName);
                childGetters.Add(amount.Get!);
                cells.Add(new ReportCell(childPointer.Combine(amount.Name).ToString(), childLabels, CellKind.Money, isOptional, childGetters.ToArray()));
            }
            else if (underlying == typeof(ReportMetadata))
            {
                // Metadata is not a table: its year is not a cell.
            }
            else if (underlying.IsClass && underlying != typeof(string) && underlying.Namespace == typeof(ReportCell).Namespace && underlying != typeof(SourceNotes))
            {
                Walk(ReportJson.GetTypeInfo(underlying), childPointer, childLabels, childGetters, isOptional, cells);
            }
        }
    }
}
