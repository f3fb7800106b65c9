using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using GovDisclosure.Model.Formats;

namespace GovDisclosure.Model.Validation;

/// <summary>
/// One rule: its id, severity, texts, the formats it applies to (all in <see cref="Descriptor"/>) and its check.
/// Each rule is one class in one file, with its id constant beside it in <see cref="RuleIds"/>; the rule set
/// (<see cref="ReportRules"/>) finds every subclass, and <see cref="RuleCatalog"/>, <c>docs/rules.md</c> and the
/// FluentValidation validators derive from it.
/// </summary>
internal abstract class ReportRule
{
    protected ReportRule(RuleDescriptor descriptor)
    {
        Descriptor = descriptor;
    }

    /// <summary>What the rule is, as callers see it.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>Checks a report (rules of <see cref="RuleScope.Report"/>).</summary>
    public virtual void Check(RuleContext context)
    {
    }

    /// <summary>Checks a report against the same agency's previous-year report (rules of <see cref="RuleScope.CrossYear"/>).</summary>
    public virtual void CheckPair(PairContext context)
    {
    }

    /// <summary>The formats of every format (for rules that apply to all).</summary>
    protected static ImmutableArray<ReportFormat> AllFormats => ReportFormatInfo.All.Select(f => f.Format).ToImmutableArray();
}

/// <summary>The rule set: every <see cref="ReportRule"/> of this assembly, in catalogue order.</summary>
internal static class ReportRules
{
    private static readonly Lazy<ImmutableArray<ReportRule>> Rules = new(Discover);

    public static ImmutableArray<ReportRule> All => Rules.Value;

    /// <summary>The rule of a type (for rules that raise another rule's finding, and for raisers outside a rule).</summary>
    public static T Get<T>()
        where T : ReportRule => (T)All.First(r => r is T);

    private static ImmutableArray<ReportRule> Discover() => typeof(ReportRule).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(ReportRule).IsAssignableFrom(t))
        .Select(t => (ReportRule)Activator.CreateInstance(t, nonPublic: true)!)
        .OrderBy(r => r.Descriptor.Order)
        .ThenBy(r => r.Descriptor.Id, StringComparer.Ordinal)
        .ToImmutableArray();
}

/// <summary>One validation of one report: what the rules read, and the findings they add.</summary>
internal sealed class RuleContext
{
    private readonly ApplicantCounts[] _rows = new ApplicantCounts[32];
    private bool _rowsFilled;

    public RuleContext(AnnualReport report, ReportValidationOptions options)
    {
        Report = report;
        Format = ReportFormatInfo.Get(report.Format);
        Layout = Format.Layout;
        Options = options;
        CurrentYear = options.ResolveCurrentYear();
    }

    public ReportValidationOptions Options { get; }

    public AnnualReport Report { get; }

    public ReportFormatInfo Format { get; }

    public FormatLayout Layout { get; }

    public int CurrentYear { get; }

    public List<Finding>? Found { get; private set; }

    /// <summary>Table 三's rows in table order (filled once per validation).</summary>
    public ApplicantCounts[] Table3Rows
    {
        get
        {
            if (!_rowsFilled)
            {
                Layout.FillTable3(Report, _rows);
                _rowsFilled = true;
            }

            return _rows;
        }
    }

    public void Add(ReportRule rule, string pointer, ImmutableArray<string> related = default, decimal? expected = null, decimal? actual = null) =>
        (Found ??= new List<Finding>()).Add(FindingFactory.Create(rule.Descriptor, Layout, pointer, related, expected, actual, default));

    public void Add(ReportRule rule, string pointer, ImmutableArray<string> related, decimal? expected, decimal? actual, in MessageArguments arguments) =>
        (Found ??= new List<Finding>()).Add(FindingFactory.Create(rule.Descriptor, Layout, pointer, related, expected, actual, arguments));

    /// <summary>Adds findings a rule built itself.</summary>
    public void AddAll(List<Finding> findings) => (Found ??= new List<Finding>()).AddRange(findings);

    /// <summary>Adds a finding with a severity other than the rule's usual one (a rule whose worst case is graver).</summary>
    public void Add(ReportRule rule, string pointer, ImmutableArray<string> related, decimal? expected, decimal? actual, in MessageArguments arguments, Severity severity) =>
        (Found ??= new List<Finding>()).Add(FindingFactory.Create(rule.Descriptor, Layout, pointer, related, expected, actual, arguments) with { Severity = severity });
}

/// <summary>One cross-year validation: a report and the same agency's previous-year report.</summary>
internal sealed class PairContext
{
    public PairContext(AnnualReport current, AnnualReport previous)
    {
        Current = current;
        Previous = previous;
        CurrentFormat = ReportFormatInfo.Get(current.Format);
        PreviousFormat = ReportFormatInfo.Get(previous.Format);
    }

    public AnnualReport Current { get; }

    public AnnualReport Previous { get; }

    public ReportFormatInfo CurrentFormat { get; }

    public ReportFormatInfo PreviousFormat { get; }

    /// <summary>Whether the previous report is for the year before the current one.</summary>
    public bool AreConsecutive => Previous.Metadata.ReportYear == (long)Current.Metadata.ReportYear - 1;

    public List<Finding>? Found { get; private set; }

    public void Add(ReportRule rule, string pointer, ImmutableArray<string> related = default, decimal? expected = null, decimal? actual = null, in MessageArguments arguments = default) =>
        (Found ??= new List<Finding>()).Add(FindingFactory.Create(rule.Descriptor, CurrentFormat.Layout, pointer, related, expected, actual, arguments));
}

/// <summary>Text placeholders of a message beyond the name and the numbers: <c>{max}</c>, <c>{text}</c>, and a message of its own.</summary>
internal readonly struct MessageArguments
{
    public MessageArguments(int? max = null, string? textZh = null, string? textEn = null, string? templateZh = null, string? templateEn = null)
    {
        Max = max;
        TextZh = textZh;
        TextEn = textEn;
        TemplateZh = templateZh;
        TemplateEn = templateEn;
    }

    public int? Max { get; }

    public string? TextZh { get; }

    public string? TextEn { get; }

    public string? TemplateZh { get; }

    public string? TemplateEn { get; }
}
