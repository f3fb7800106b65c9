using System.Collections.Generic;
using GovDisclosure.Model.Validation;

namespace GovDisclosure.Model.Documents;

/// <summary>
/// The rules of reading published documents: stable ids whose severity, titles and descriptions live in the core
/// rule set (<see cref="RuleCatalog"/>, scope <see cref="RuleScope.Reading"/>). Reading findings also use <see cref="RuleIds.FormatTemplateDeviation"/> (a hybrid
/// layout, an extra row) from the core catalogue; blank cells become source notes, which validation
/// reports as <see cref="RuleIds.CellBlank"/>.
/// </summary>
public static class ReadingRules
{
    /// <summary><c>READ-UNSUPPORTED</c> (error): the document is of a kind that cannot be read (a legacy .doc, an unknown binary, an empty file).</summary>
    public const string Unsupported = RuleIds.ReadUnsupported;

    /// <summary><c>READ-DAMAGED</c> (error): the document is damaged, encrypted, or over a size limit (e.g. a .docx that expands too far).</summary>
    public const string Damaged = RuleIds.ReadDamaged;

    /// <summary><c>READ-NO-TEXT</c> (error): the document has no text layer (an image-only PDF); no OCR is done.</summary>
    public const string NoText = RuleIds.ReadNoText;

    /// <summary><c>READ-NOT-A-REPORT</c> (error): the document holds none of the report's tables.</summary>
    public const string NotAReport = RuleIds.ReadNotAReport;

    /// <summary><c>READ-TABLE-MISSING</c> (error): a table of the report, or rows of it, were not found; those cells are 0 in the result.</summary>
    public const string TableMissing = RuleIds.ReadTableMissing;

    /// <summary><c>READ-CELL-UNREADABLE</c> (error): a cell's text is not a number the cell can hold; the cell is 0 in the result.</summary>
    public const string CellUnreadable = RuleIds.ReadCellUnreadable;

    /// <summary><c>READ-LABEL-VARIANT</c> (warning): a row label differs from the official label; matched by position and similarity.</summary>
    public const string LabelVariant = RuleIds.ReadLabelVariant;

    /// <summary><c>READ-ANNOTATION</c> (info): a cell carries an annotation beside its number (kept in the source notes).</summary>
    public const string Annotation = RuleIds.ReadAnnotation;

    /// <summary><c>READ-METADATA</c> (warning): the agency or the report year is not stated where the reader looks, and no option gives it.</summary>
    public const string Metadata = RuleIds.ReadMetadata;

    /// <summary>The severity of a reading rule.</summary>
    /// <param name="ruleId">One of the ids of this class.</param>
    /// <returns>The severity.</returns>
    public static Severity SeverityOf(string ruleId) => RuleCatalog.TryGet(ruleId, out var rule) ? rule.Severity : Severity.Error;

    internal static Finding Create(string ruleId, string pointer, string zh, string en)
    {
        if (ruleId == RuleIds.FormatTemplateDeviation)
        {
            return new Finding { RuleId = ruleId, Severity = Severity.Warning, Pointer = pointer, MessageZh = zh, MessageEn = en };
        }

        var rule = RuleCatalog.Get(ruleId);
        return new Finding { RuleId = ruleId, Severity = rule.Severity, Pointer = pointer, MessageZh = rule.TitleZh + "：" + zh, MessageEn = rule.TitleEn + ": " + en };
    }
}
