using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace GovDisclosure.Model.Validation;

/// <summary>
/// Builds every <see cref="Finding"/> of the consistency rules from (rule, pointer, related pointers,
/// expected, actual): the severity and message templates come from <see cref="RuleCatalog"/>, the cell's
/// name from <see cref="ReportCells"/> (its official labels), so messages read like
/// <c>三、本年度办理结果（七）总计 · 自然人：应为 8，实为 9</c>.
/// </summary>
internal static class FindingFactory
{
    /// <summary>The names of every cell (from <see cref="ReportCells"/>) and of the other members findings point at, computed once.</summary>
    private static readonly Lazy<Dictionary<string, (string Zh, string En)>> Names = new(BuildNames);

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
        return Names.Value.TryGetValue(pointer, out var name) ? name : (pointer, pointer);
    }

    [ThreadStatic]
    private static StringBuilder? _builder;

    /// <summary>Fills a template's placeholders in one pass (one string allocated per message).</summary>
    private static string Render(string template, string name, decimal? expected, decimal? actual, int? max)
    {
        var text = _builder ??= new StringBuilder(256);
        text.Clear();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            text.Append(template, i, open - i);
            if (Is(template, open, close, "name"))
            {
                text.Append(name);
            }
            else if (Is(template, open, close, "expected"))
            {
                text.Append(Format(expected));
            }
            else if (Is(template, open, close, "actual"))
            {
                text.Append(Format(actual));
            }
            else if (Is(template, open, close, "max"))
            {
                text.Append(max?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            }
            else
            {
                text.Append(template, open, close - open + 1);
            }

            i = close + 1;
        }

        return text.ToString();
    }

    private static bool Is(string template, int open, int close, string token) =>
        close - open - 1 == token.Length && string.CompareOrdinal(template, open + 1, token, 0, token.Length) == 0;

    private static string Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static Dictionary<string, (string Zh, string En)> BuildNames()
    {
        var names = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            [Layout2021.FormatVersion] = ("格式版本", "Format version"),
        };
        foreach (var cell in ReportCells.For(ReportFormat.Format2021))
        {
            names[cell.Pointer] = (cell.DisplayName, cell.EnglishDisplayName);
        }

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
