using System.Collections.Generic;
using GovDisclosure.Model.Validation;

namespace GovDisclosure.Model.Documents;

/// <summary>
/// The rules of reading published documents: stable ids, each with a severity and a title in Chinese
/// and English. Reading findings also use <see cref="RuleIds.FormatTemplateDeviation"/> (a hybrid
/// layout, an extra row) from the core catalogue; blank cells become source notes, which validation
/// reports as <see cref="RuleIds.CellBlank"/>.
/// </summary>
public static class ReadingRules
{
    /// <summary><c>READ-UNSUPPORTED</c> (error): the document is of a kind that cannot be read (a legacy .doc, an unknown binary, an empty file).</summary>
    public const string Unsupported = "READ-UNSUPPORTED";

    /// <summary><c>READ-DAMAGED</c> (error): the document is damaged, encrypted, or over a size limit (e.g. a .docx that expands too far).</summary>
    public const string Damaged = "READ-DAMAGED";

    /// <summary><c>READ-NO-TEXT</c> (error): the document has no text layer (an image-only PDF); no OCR is done.</summary>
    public const string NoText = "READ-NO-TEXT";

    /// <summary><c>READ-NOT-A-REPORT</c> (error): the document holds none of the report's tables.</summary>
    public const string NotAReport = "READ-NOT-A-REPORT";

    /// <summary><c>READ-TABLE-MISSING</c> (error): a table of the report, or rows of it, were not found; those cells are 0 in the result.</summary>
    public const string TableMissing = "READ-TABLE-MISSING";

    /// <summary><c>READ-CELL-UNREADABLE</c> (error): a cell's text is not a number the cell can hold; the cell is 0 in the result.</summary>
    public const string CellUnreadable = "READ-CELL-UNREADABLE";

    /// <summary><c>READ-LABEL-VARIANT</c> (warning): a row label differs from the official label; matched by position and similarity.</summary>
    public const string LabelVariant = "READ-LABEL-VARIANT";

    /// <summary><c>READ-ANNOTATION</c> (info): a cell carries an annotation beside its number (kept in the source notes).</summary>
    public const string Annotation = "READ-ANNOTATION";

    /// <summary><c>READ-METADATA</c> (warning): the agency or the report year is not stated where the reader looks, and no option gives it.</summary>
    public const string Metadata = "READ-METADATA";

    internal static readonly IReadOnlyDictionary<string, (Severity Severity, string Zh, string En)> Titles = new Dictionary<string, (Severity, string, string)>
    {
        [Unsupported] = (Severity.Error, "无法读取此类文件", "Unsupported document"),
        [Damaged] = (Severity.Error, "文件损坏、加密或超出大小限制", "Damaged, encrypted or over a size limit"),
        [NoText] = (Severity.Error, "文件无文字层（图片版）", "No text layer (image-only)"),
        [NotAReport] = (Severity.Error, "未找到年度报告表格", "No report tables found"),
        [TableMissing] = (Severity.Error, "表格或表格行缺失", "Table or rows missing"),
        [CellUnreadable] = (Severity.Error, "单元格内容无法读取为数字", "Cell text is not a number"),
        [LabelVariant] = (Severity.Warning, "行标签与官方标签不一致", "Row label differs from the official label"),
        [Annotation] = (Severity.Info, "单元格带注释", "Cell carries an annotation"),
        [Metadata] = (Severity.Warning, "未找到发布机关或报告年度", "Agency or report year not found"),
    };

    /// <summary>The severity of a reading rule.</summary>
    /// <param name="ruleId">One of the ids of this class.</param>
    /// <returns>The severity.</returns>
    public static Severity SeverityOf(string ruleId) => Titles.TryGetValue(ruleId, out var t) ? t.Severity : Severity.Error;

    internal static Finding Create(string ruleId, string pointer, string zh, string en)
    {
        if (ruleId == RuleIds.FormatTemplateDeviation)
        {
            return new Finding { RuleId = ruleId, Severity = Severity.Warning, Pointer = pointer, MessageZh = zh, MessageEn = en };
        }

        var title = Titles[ruleId];
        return new Finding { RuleId = ruleId, Severity = title.Severity, Pointer = pointer, MessageZh = title.Zh + "：" + zh, MessageEn = title.En + ": " + en };
    }
}
