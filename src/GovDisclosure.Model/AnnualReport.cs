using System.Text.Json.Serialization;

namespace GovDisclosure.Model;

/// <summary>
/// A government information disclosure annual report (政府信息公开工作年度报告).
/// </summary>
/// <remarks>
/// The concrete type is chosen by the report's format version: <see cref="AnnualReport2021"/> for the
/// format of 国办公开办函〔2021〕30号 (report years 2021 onward), <see cref="AnnualReport2019"/> for the
/// format of 国办公开办函〔2019〕60号 (report years 2019 and 2020). In JSON the format version is the
/// root member <c>formatVersion</c>, written first. <see cref="ReportFormatInfo"/> describes each format. The model records what a report <em>says</em>,
/// including wrong totals: nothing is computed when a report is read.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "formatVersion", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(AnnualReport2021), AnnualReport2021.FormatVersionString)]
[JsonDerivedType(typeof(AnnualReport2019), AnnualReport2019.FormatVersionString)]
public abstract record AnnualReport
{
    private protected AnnualReport()
    {
    }

    /// <summary>The format version the report follows.</summary>
    [JsonIgnore]
    public abstract ReportFormat Format { get; }

    /// <summary>报告信息 — who published the report, for which year, and where.</summary>
    [OfficialLabel("报告信息", "Report metadata")]
    [JsonPropertyOrder(0)]
    public required ReportMetadata Metadata { get; init; }

    /// <summary>一、总体情况 — the narrative overview.</summary>
    [OfficialLabel("一、总体情况", "1. Overview")]
    [JsonPropertyOrder(1)]
    public required Narrative Overview { get; init; }

    /// <summary>四、政府信息公开行政复议、行政诉讼情况 — table 四.</summary>
    [OfficialLabel("四、政府信息公开行政复议、行政诉讼情况", "4. Administrative reconsideration and litigation concerning disclosure")]
    [JsonPropertyOrder(4)]
    public required ReviewAndLitigation ReviewAndLitigation { get; init; }

    /// <summary>五、存在的主要问题及改进情况 — the narrative of problems and improvements.</summary>
    [OfficialLabel("五、存在的主要问题及改进情况", "5. Main problems and improvements")]
    [JsonPropertyOrder(5)]
    public required Narrative ProblemsAndImprovements { get; init; }

    /// <summary>六、其他需要报告的事项 — other matters, including information processing fees.</summary>
    [OfficialLabel("六、其他需要报告的事项", "6. Other matters to report")]
    [JsonPropertyOrder(6)]
    public required OtherMatters OtherMatters { get; init; }

    /// <summary>
    /// Notes about how cells appeared in the published source (blank cells, annotations), keyed by
    /// the cell's JSON Pointer. Empty for a report produced by software.
    /// </summary>
    [JsonIgnore]
    public SourceNotes SourceNotes
    {
        get => _sourceNotes ?? SourceNotes.Empty;
        init => _sourceNotes = value is { Count: > 0 } ? value : null;
    }

    private SourceNotes? _sourceNotes;

    /// <summary>The JSON form of <see cref="SourceNotes"/>: omitted when there are none.</summary>
    [JsonInclude]
    [JsonPropertyName("sourceNotes")]
    [JsonPropertyOrder(7)]
    [OfficialLabel("来源备注", "Source notes")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    internal System.Collections.Immutable.ImmutableSortedDictionary<string, CellNote>? SourceNotesJson
    {
        get => _sourceNotes is { Count: > 0 } notes ? notes.Dictionary : null;
        init => _sourceNotes = value is { Count: > 0 } ? SourceNotes.Create(value) : null;
    }
}

/// <summary>The format versions of the annual report.</summary>
public enum ReportFormat
{
    /// <summary>
    /// The 2021 format, 国办公开办函〔2021〕30号 (dated 2021-09-26), for report years 2021 onward.
    /// JSON: <c>"2021"</c>.
    /// </summary>
    Format2021 = 2021,

    /// <summary>
    /// The 2019 format, 国办公开办函〔2019〕60号 (“中华人民共和国政府信息公开工作年度报告格式（试行）”), for report
    /// years 2019 and 2020. JSON: <c>"2019"</c>.
    /// </summary>
    Format2019 = 2019,
}
