using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Serialization.Metadata;

namespace GovDisclosure.Model;

/// <summary>
/// The headers a printed table carries above a column besides the column's own <see cref="OfficialLabelAttribute"/>,
/// outermost first: table 三 prints 申请人情况 over its seven columns and 法人或其他组织 over the five organisation columns.
/// The one home of these headers: tidy export names columns by them and the form layouts draw them.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
internal sealed class ColumnGroupAttribute : Attribute
{
    public ColumnGroupAttribute(params string[] headers) => Headers = headers.ToImmutableArray();

    /// <summary>The headers above the column, outermost first, e.g. <c>申请人情况</c>, <c>法人或其他组织</c>.</summary>
    public ImmutableArray<string> Headers { get; }

    /// <summary>The headers above a model property's column (none when it has no <see cref="ColumnGroupAttribute"/>).</summary>
    public static ImmutableArray<string> Of(JsonPropertyInfo property) =>
        property.AttributeProvider?.GetCustomAttributes(typeof(ColumnGroupAttribute), inherit: true).OfType<ColumnGroupAttribute>().FirstOrDefault()?.Headers
        ?? ImmutableArray<string>.Empty;
}
