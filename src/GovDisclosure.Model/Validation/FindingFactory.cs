using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;

namespace GovDisclosure.Model.Validation;

/// <summary>
/// Builds every <see cref="Finding"/> of the consistency rules from (rule, pointer, related pointers,
/// expected, actual): the severity and message templates come from <see cref="RuleCatalog"/>, the cell's
/// name from <see cref="ReportCells"/> (its official labels), so messages read like
/// <c>三、本年度办理结果（七）总计 · 自然人：应为 8，实为 9</c>.
/// </summary>
internal static class FindingFactory
{
    private static readonly Lazy<Dictionary<string, (string Zh, string En)>> OtherNames = new(BuildOtherNames);

    public static Finding Create(string ruleId, string pointer, ImmutableArray<string> related = default, decimal? expected = null, decimal? actual = null, int? max = null) =>
        Create(RuleCatalog.Get(ruleId), pointer, related, expected, actual, max, null, null);

    public static Finding Create(RuleDescriptor rule, string pointer, ImmutableArray<string> related, decimal? expected, decimal? actual, int? max, string? templateZh, string? templateEn)
    {
        var (nameZh, nameEn) = NameOf(pointer);
        return new Finding
        {
            RuleId = rule.Id,
            Severity = rule.Severity,
            Pointer = pointer,
            Related = related.IsDefault ? ImmutableArray<string>.Empty : related,
            Expected = expected,
            Actual = actual,
            MessageZh = Render(templateZh ?? rule.TemplateZh ?? "{name}", nameZh, expected, actual, max),
            MessageEn = Render(templateEn ?? rule.TemplateEn ?? "{name}", nameEn, expected, actual, max),
        };
    }

    /// <summary>The Chinese and English names of the value at a pointer: a cell's display name, or the labels of a non-cell member.</summary>
    public static (string Zh, string En) NameOf(string pointer)
    {
        if (ReportCells.TryFind(ReportFormat.Format2021, pointer, out var cell))
        {
            return (cell.DisplayName, cell.EnglishDisplayName);
        }

        return OtherNames.Value.TryGetValue(pointer, out var name) ? name : (pointer, pointer);
    }

    private static string Render(string template, string name, decimal? expected, decimal? actual, int? max) =>
        template
            .Replace("{name}", name)
            .Replace("{expected}", Format(expected))
            .Replace("{actual}", Format(actual))
            .Replace("{max}", max?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);

    private static string Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static Dictionary<string, (string Zh, string En)> BuildOtherNames()
    {
        var names = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            [Layout2021.FormatVersion] = ("格式版本", "Format version"),
        };

        var metadata = Label(typeof(AnnualReport), nameof(AnnualReport.Metadata));
        var agency = Label(typeof(ReportMetadata), nameof(ReportMetadata.AgencyName));
        var year = Label(typeof(ReportMetadata), nameof(ReportMetadata.ReportYear));
        var other = Label(typeof(AnnualReport), nameof(AnnualReport.OtherMatters));
        names[Layout2021.AgencyName] = (metadata.Label + " · " + agency.Label, metadata.English + " · " + agency.English);
        names[Layout2021.ReportYear] = (metadata.Label + " · " + year.Label, metadata.English + " · " + year.English);
        names[Layout2021.OtherMatters] = (other.Label, other.English);
        return names;
    }

    private static OfficialLabelAttribute Label(Type type, string property) =>
        type.GetProperty(property)?.GetCustomAttribute<OfficialLabelAttribute>()
        ?? throw new InvalidOperationException($"{type.Name}.{property} has no official label.");
}
