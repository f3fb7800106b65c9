using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using GovDisclosure.Model.Formats;

namespace GovDisclosure.Model.Validation;

/// <summary>
/// The one place findings are made. Rule findings come from (rule, pointer, related pointers, expected, actual):
/// the severity and message templates from the rule's <see cref="RuleDescriptor"/>, the cell's name from the format's
/// cell catalogue (its official labels), so messages read like <c>三、本年度办理结果（七）总计 · 自然人：应为 8，实为 9</c>.
/// Structural findings (<see cref="RuleIds.Json"/>, <see cref="RuleIds.Schema"/>) carry a keyword and messages
/// written where the problem is found.
/// </summary>
internal static class FindingFactory
{
    [System.ThreadStatic]
    private static StringBuilder? _builder;

    public static Finding Create(RuleDescriptor rule, FormatLayout layout, string pointer, ImmutableArray<string> related, decimal? expected, decimal? actual, in MessageArguments arguments)
    {
        var (nameZh, nameEn) = layout.NameOf(pointer);
        return new Finding
        {
            RuleId = rule.Id,
            Severity = rule.Severity,
            Pointer = pointer,
            Related = related.IsDefault ? ImmutableArray<string>.Empty : related,
            Expected = expected,
            Actual = actual,
            MessageZh = Render(arguments.TemplateZh ?? rule.TemplateZh ?? "{name}", nameZh, expected, actual, arguments.Max, arguments.TextZh),
            MessageEn = Render(arguments.TemplateEn ?? rule.TemplateEn ?? "{name}", nameEn, expected, actual, arguments.Max, arguments.TextEn),
        };
    }

    /// <summary>A finding about the document's structure (rule <see cref="RuleIds.Json"/> or <see cref="RuleIds.Schema"/>), with its keyword.</summary>
    public static Finding Structural(string ruleId, string keyword, string pointer, string zh, string en) => new()
    {
        RuleId = ruleId,
        Severity = Severity.Error,
        Keyword = keyword,
        Pointer = pointer,
        MessageZh = zh,
        MessageEn = en,
    };

    /// <summary>Sorts findings into the reporting order: document order of the pointer, then the rule's place in the catalogue.</summary>
    public static void Sort(List<Finding> findings, FormatLayout layout)
    {
        if (findings.Count > 1)
        {
            findings.Sort((x, y) => Compare(layout, x, y));
        }
    }

    private static int Compare(FormatLayout layout, Finding x, Finding y)
    {
        var byRank = layout.RankOf(x.Pointer).CompareTo(layout.RankOf(y.Pointer));
        if (byRank != 0)
        {
            return byRank;
        }

        var byPointer = string.CompareOrdinal(x.Pointer, y.Pointer);
        if (byPointer != 0)
        {
            return byPointer;
        }

        var byRule = RuleCatalog.OrderOf(x.RuleId).CompareTo(RuleCatalog.OrderOf(y.RuleId));
        return byRule != 0 ? byRule : string.CompareOrdinal(x.MessageEn, y.MessageEn);
    }

    /// <summary>Fills a template's placeholders in one pass (one string allocated per message).</summary>
    private static string Render(string template, string name, decimal? expected, decimal? actual, int? max, string? text)
    {
        var builder = _builder ??= new StringBuilder(256);
        builder.Clear();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            builder.Append(template, i, open - i);
            if (Is(template, open, close, "name"))
            {
                builder.Append(name);
            }
            else if (Is(template, open, close, "expected"))
            {
                builder.Append(Format(expected));
            }
            else if (Is(template, open, close, "actual"))
            {
                builder.Append(Format(actual));
            }
            else if (Is(template, open, close, "max"))
            {
                builder.Append(max?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            }
            else if (Is(template, open, close, "text"))
            {
                builder.Append(text);
            }
            else
            {
                builder.Append(template, open, close - open + 1);
            }

            i = close + 1;
        }

        return builder.ToString();
    }

    private static bool Is(string template, int open, int close, string token) =>
        close - open - 1 == token.Length && string.CompareOrdinal(template, open + 1, token, 0, token.Length) == 0;

    private static string Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
