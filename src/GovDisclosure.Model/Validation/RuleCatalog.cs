using System;
using System.Collections.Immutable;
using System.Linq;

namespace GovDisclosure.Model.Validation;

/// <summary>When a rule runs.</summary>
public enum RuleScope
{
    /// <summary>On the JSON document, before there is a report (<c>JSON</c>, <c>SCHEMA</c>).</summary>
    Document = 0,

    /// <summary>On one report.</summary>
    Report = 1,

    /// <summary>On a report and the same agency's report for the year before.</summary>
    CrossYear = 2,

    /// <summary>When a published document (web page, PDF, Word, text) is read into a report.</summary>
    Reading = 3,

    /// <summary>On a series of reports: many agencies, many years (<see cref="ReportSeries"/>).</summary>
    Series = 4,
}

/// <summary>What a rule checks, which formats it applies to, and how serious its findings are.</summary>
public sealed class RuleDescriptor
{
    internal RuleDescriptor(
        string id,
        int order,
        RuleScope scope,
        ImmutableArray<ReportFormat> formats,
        Severity severity,
        string titleZh,
        string titleEn,
        string descriptionZh,
        string descriptionEn,
        string? templateZh,
        string? templateEn)
    {
        Id = id;
        Order = order;
        Scope = scope;
        Formats = formats;
        Severity = severity;
        TitleZh = titleZh;
        TitleEn = titleEn;
        DescriptionZh = descriptionZh;
        DescriptionEn = descriptionEn;
        TemplateZh = templateZh;
        TemplateEn = templateEn;
    }

    /// <summary>The rule id, one of <see cref="RuleIds"/>.</summary>
    public string Id { get; }

    /// <summary>When the rule runs.</summary>
    public RuleScope Scope { get; }

    /// <summary>The formats the rule applies to.</summary>
    public ImmutableArray<ReportFormat> Formats { get; }

    /// <summary>The severity of the rule's findings.</summary>
    public Severity Severity { get; }

    /// <summary>A short title in Chinese.</summary>
    public string TitleZh { get; }

    /// <summary>A short title in English.</summary>
    public string TitleEn { get; }

    /// <summary>What the rule checks, in Chinese.</summary>
    public string DescriptionZh { get; }

    /// <summary>What the rule checks, in English.</summary>
    public string DescriptionEn { get; }

    /// <summary>The place of the rule in the catalogue (the tie-break of the reporting order).</summary>
    internal int Order { get; }

    /// <summary>
    /// The message template in Chinese (placeholders <c>{name}</c>, <c>{expected}</c>, <c>{actual}</c>, <c>{max}</c>, <c>{text}</c>);
    /// <see langword="null"/> for rules whose messages are built by the reader.
    /// </summary>
    internal string? TemplateZh { get; }

    /// <summary>The message template in English.</summary>
    internal string? TemplateEn { get; }

    /// <summary>Whether the rule applies to a format.</summary>
    /// <param name="format">The format.</param>
    /// <returns>Whether <see cref="Formats"/> contains it.</returns>
    public bool AppliesTo(ReportFormat format) => Formats.Contains(format);

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Severity}): {TitleEn}";
}

/// <summary>
/// The catalogue of every rule, as callers see the rule set: id, scope, the formats each applies to, severity,
/// titles, descriptions and message templates in Chinese and English. Derived from the rules themselves (one
/// class per rule), so a rule's texts and its check live in one place; documentation and tests derive from it.
/// </summary>
public static class RuleCatalog
{
    private static readonly Lazy<ImmutableArray<RuleDescriptor>> Descriptors = new(() => ReportRules.All.Select(r => r.Descriptor).ToImmutableArray());
    private static readonly Lazy<ImmutableDictionary<string, RuleDescriptor>> ById = new(() => Descriptors.Value.ToImmutableDictionary(d => d.Id, StringComparer.Ordinal));

    /// <summary>Every rule, in the order findings of the same pointer are reported.</summary>
    public static ImmutableArray<RuleDescriptor> All => Descriptors.Value;

    /// <summary>The rules that apply to a format, in catalogue order.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The rules.</returns>
    public static ImmutableArray<RuleDescriptor> For(ReportFormat format) => All.Where(r => r.AppliesTo(format)).ToImmutableArray();

    /// <summary>Finds a rule by id.</summary>
    /// <param name="ruleId">The id, one of <see cref="RuleIds"/>.</param>
    /// <param name="descriptor">The rule, when found.</param>
    /// <returns>Whether the id is known.</returns>
    public static bool TryGet(string ruleId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RuleDescriptor? descriptor) =>
        ById.Value.TryGetValue(ruleId ?? string.Empty, out descriptor);

    /// <summary>Gets a rule by id.</summary>
    /// <param name="ruleId">The id, one of <see cref="RuleIds"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">The id is unknown.</exception>
    public static RuleDescriptor Get(string ruleId) =>
        TryGet(ruleId, out var descriptor) ? descriptor : throw new ArgumentException($"Unknown rule id '{ruleId}'.", nameof(ruleId));

    /// <summary>The position of a rule in <see cref="All"/> (the tie-break of the reporting order).</summary>
    internal static int OrderOf(string ruleId) => TryGet(ruleId, out var d) ? d.Order : int.MaxValue;
}
