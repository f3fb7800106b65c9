using System;

namespace GovDisclosure.Model.Validation;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>Worth knowing, often legitimate.</summary>
    Info = 0,

    /// <summary>Almost certainly a mistake worth a human look.</summary>
    Warning = 1,

    /// <summary>The report breaks the format, its JSON form, or its own arithmetic.</summary>
    Error = 2,
}

/// <summary>The language of a finding's message.</summary>
public enum MessageLanguage
{
    /// <summary>Chinese (the default).</summary>
    Chinese = 0,

    /// <summary>English.</summary>
    English = 1,
}

/// <summary>
/// One thing found wrong (or worth knowing) about a report: which rule, how serious, where (a JSON
/// Pointer into the report's JSON), and a message in Chinese and English that names the cell by its
/// official labels.
/// </summary>
public sealed record Finding
{
    /// <summary>The rule id, one of <see cref="RuleIds"/> (a public contract), e.g. <c>T3-ROW-TOTAL</c>.</summary>
    public required string RuleId { get; init; }

    /// <summary>How serious the finding is.</summary>
    public required Severity Severity { get; init; }

    /// <summary>
    /// The RFC 6901 JSON Pointer of the offending value in the report's JSON (<c>""</c> for the whole
    /// document). For a broken sum: the total's cell.
    /// </summary>
    public required string Pointer { get; init; }

    /// <summary>
    /// The pointers of the cells that contribute to the value (for a broken sum: its parts); empty otherwise. For the
    /// cross-year rules (<c>X-*</c>) they point into the <em>previous</em> year's report.
    /// </summary>
    public EquatableArray<string> Related { get; init; }

    /// <summary>
    /// A finer classification within the rule: for <see cref="RuleIds.Json"/> the kind of JSON problem
    /// (e.g. <c>unknownProperty</c>), for <see cref="RuleIds.Schema"/> the JSON Schema keyword (e.g. <c>minimum</c>).
    /// </summary>
    public string? Keyword { get; init; }

    /// <summary>The value the rule expects, where there is a number.</summary>
    public decimal? Expected { get; init; }

    /// <summary>The value the report has, where there is a number.</summary>
    public decimal? Actual { get; init; }

    /// <summary>The message in Chinese, e.g. <c>三、本年度办理结果（七）总计 · 自然人：应为 8，实为 9</c>.</summary>
    public required string MessageZh { get; init; }

    /// <summary>The message in English.</summary>
    public required string MessageEn { get; init; }

    /// <summary>The message in the given language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The message.</returns>
    public string GetMessage(MessageLanguage language = MessageLanguage.Chinese) =>
        language == MessageLanguage.English ? MessageEn : MessageZh;

    /// <inheritdoc />
    public override string ToString() => $"{RuleId} {Severity} {(Pointer.Length == 0 ? "/" : Pointer)}: {MessageZh}";
}
