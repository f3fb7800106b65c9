namespace GovDisclosure.Model.Validation;

public static partial class RuleIds
{
    /// <summary>The document is of a kind that cannot be read (a legacy .doc, an unknown binary, an empty file); convert a .doc with soffice --headless --convert-to docx.</summary>
    public const string ReadUnsupported = "READ-UNSUPPORTED";

    /// <summary>The document is damaged, encrypted, or over a size limit (e.g. a .docx that expands too far).</summary>
    public const string ReadDamaged = "READ-DAMAGED";

    /// <summary>The document has no text layer (an image-only PDF); no OCR is done.</summary>
    public const string ReadNoText = "READ-NO-TEXT";

    /// <summary>The document holds none of the report's tables.</summary>
    public const string ReadNotAReport = "READ-NOT-A-REPORT";

    /// <summary>A table of the report, or rows of it, were not found; those cells are 0 in the result.</summary>
    public const string ReadTableMissing = "READ-TABLE-MISSING";

    /// <summary>A cell's text is not a number the cell can hold; the cell is 0 in the result.</summary>
    public const string ReadCellUnreadable = "READ-CELL-UNREADABLE";

    /// <summary>A row label differs from the official label (e.g. a typo); it is matched by position and similarity.</summary>
    public const string ReadLabelVariant = "READ-LABEL-VARIANT";

    /// <summary>The agency or the report year is not stated where the reader looks, and no option gives it.</summary>
    public const string ReadMetadata = "READ-METADATA";

    /// <summary>A cell carries an annotation beside its number (kept in the source notes).</summary>
    public const string ReadAnnotation = "READ-ANNOTATION";
}

/// <summary><c>READ-UNSUPPORTED</c>: raised by the reader of published documents (GovDisclosure.Model.Documents).</summary>
internal sealed class ReadUnsupportedRule : ReportRule
{
    public ReadUnsupportedRule()
        : base(new RuleDescriptor(
            RuleIds.ReadUnsupported, 200, RuleScope.Reading, AllFormats, Severity.Error,
            "无法读取此类文件", "Unsupported document",
            "文件类型无法读取（旧版 .doc、未知的二进制文件、空文件）；.doc 可用 soffice --headless --convert-to docx 转换。",
            "The document is of a kind that cannot be read (a legacy .doc, an unknown binary, an empty file); convert a .doc with soffice --headless --convert-to docx.",
            "无法读取此类文件：{text}", "Unsupported document: {text}"))
    {
    }
}

/// <summary><c>READ-DAMAGED</c>: raised by the reader of published documents (GovDisclosure.Model.Documents).</summary>
internal sealed class ReadDamagedRule : ReportRule
{
    public ReadDamagedRule()
        : base(new RuleDescriptor(
            RuleIds.ReadDamaged, 202, RuleScope.Reading, AllFormats, Severity.Error,
            "文件损坏、加密或超出大小限制", "Damaged, encrypted or over a size limit",
            "文件损坏、加密，或超出大小限制（如解压后过大的 .docx）。",
            "The document is damaged, encrypted, or over a size limit (e.g. a .docx that expands too far).",
            "文件损坏、加密或超出大小限制：{text}", "Damaged, encrypted or over a size limit: {text}"))
    {
    }
}

/// <summary><c>READ-NO-TEXT</c>: raised by the reader of published documents (GovDisclosure.Model.Documents).</summary>
internal sealed class ReadNoTextRule : ReportRule
{
    public ReadNoTextRule()
        : base(new RuleDescriptor(
            RuleIds.ReadNoText, 204, RuleScope.Reading, AllFormats, Severity.Error,
            "文件无文字层（图片版）", "No text layer (image-only)",
            "文件没有文字层（图片版 PDF），不做文字识别。",
            "The document has no text layer (an image-only PDF); no OCR is done.",
            "文件无文字层（图片版）：{text}", "No text layer (image-only): {text}"))
    {
    }
}

/// <summary><c>READ-NOT-A-REPORT</c>: raised by the reader of published documents (GovDisclosure.Model.Documents).</summary>
internal sealed class ReadNotAReportRule : ReportRule
{
    public ReadNotAReportRule()
        : base(new RuleDescriptor(
            RuleIds.ReadNotAReport, 206, RuleScope.Reading, AllFormats, Severity.Error,
            "未找到年度报告表格", "No report tables found",
            "文件中没有年度报告的任何表格。",
            "The document holds none of the report's tables.",
            "未找到年度报告表格：{text}", "No report tables found: {text}"))
    {
    }
}

/// <summary><c>READ-TABLE-MISSING</c>: raised by the reader of published documents (GovDisclosure.Model.Documents).</summary>
internal sealed class ReadTableMissingRule : ReportRule
{
    public ReadTableMissingRule()
        : base(new RuleDescriptor(
            RuleIds.ReadTableMissing, 208, RuleScope.Reading, AllFormats, Severity.Error,
            "表格或表格行缺失", "Table or rows missing",
            "报告的某张表格或其中的行未找到，这些单元格按 0 处理。",
            "A table of the report, or rows of it, were not found; those cells are 0 in the result.",
            "表格或表格行缺失：{text}", "Table or rows missing: {text}"))
    {
    }
}

/// <summary><c>READ-CELL-UNREADABLE</c>: raised by the reader of published documents (GovDisclosure.Model.Documents).</summary>
internal sealed class ReadCellUnreadableRule : ReportRule
{
    public ReadCellUnreadableRule()
        : base(new RuleDescriptor(
            RuleIds.ReadCellUnreadable, 210, RuleScope.Reading, AllFormats, Severity.Error,
            "单元格内容无法读取为数字", "Cell text is not a number",
            "单元格文字不是该单元格可容纳的数字，按 0 处理。",
            "A cell's text is not a number the cell can hold; the cell is 0 in the result.",
            "单元格内容无法读取为数字：{text}", "Cell text is not a number: {text}"))
    {
    }
}

/// <summary><c>READ-LABEL-VARIANT</c>: raised by the reader of published documents (GovDisclosure.Model.Documents).</summary>
internal sealed class ReadLabelVariantRule : ReportRule
{
    public ReadLabelVariantRule()
        : base(new RuleDescriptor(
            RuleIds.ReadLabelVariant, 212, RuleScope.Reading, AllFormats, Severity.Warning,
            "行标签与官方标签不一致", "Row label differs from the official label",
            "行标签与官方标签不一致（如错别字），按位置和相似度对应。",
            "A row label differs from the official label (e.g. a typo); it is matched by position and similarity.",
            "行标签与官方标签不一致：{text}", "Row label differs from the official label: {text}"))
    {
    }
}

/// <summary><c>READ-METADATA</c>: raised by the reader of published documents (GovDisclosure.Model.Documents).</summary>
internal sealed class ReadMetadataRule : ReportRule
{
    public ReadMetadataRule()
        : base(new RuleDescriptor(
            RuleIds.ReadMetadata, 214, RuleScope.Reading, AllFormats, Severity.Warning,
            "未找到发布机关或报告年度", "Agency or report year not found",
            "文件中未找到发布机关或报告年度，也未由选项给出。",
            "The agency or the report year is not stated where the reader looks, and no option gives it.",
            "未找到发布机关或报告年度：{text}", "Agency or report year not found: {text}"))
    {
    }
}

/// <summary><c>READ-ANNOTATION</c>: raised by the reader of published documents (GovDisclosure.Model.Documents).</summary>
internal sealed class ReadAnnotationRule : ReportRule
{
    public ReadAnnotationRule()
        : base(new RuleDescriptor(
            RuleIds.ReadAnnotation, 216, RuleScope.Reading, AllFormats, Severity.Info,
            "单元格带注释", "Cell carries an annotation",
            "单元格在数字旁带有注释（保留在来源备注中）。",
            "A cell carries an annotation beside its number (kept in the source notes).",
            "单元格带注释：{text}", "Cell carries an annotation: {text}"))
    {
    }
}
