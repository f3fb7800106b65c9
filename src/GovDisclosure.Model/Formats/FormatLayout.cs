using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using GovDisclosure.Model.Validation;

namespace GovDisclosure.Model.Formats;

/// <summary>
/// The shape of a format's tables as the rules see them: the pointers of tables 三 and 四 (from the cell
/// catalogue, so they have one home), the walk that lists table 三's rows in table order, the money cells,
/// the names findings give each pointer and the document order of pointers. One subclass per format, in
/// that format's folder; the rules are written once against this.
/// </summary>
internal abstract class FormatLayout
{
    public const int RowNewlyReceived = 0;
    public const int RowCarriedOver = 1;
    public const int FirstOutcomeRow = 2;
    public const int Columns = ApplicantCounts.ColumnCount;
    public const int TotalColumn = ApplicantCounts.TotalColumn;
    public const string FormatVersionPointer = "/formatVersion";
    public const string MetadataPointer = "/metadata";
    public const string AgencyNamePointer = "/metadata/agencyName";
    public const string ReportYearPointer = "/metadata/reportYear";
    public const string PublicationDatePointer = "/metadata/publicationDate";
    public const string OverviewPointer = "/overview";
    public const string ProblemsPointer = "/problemsAndImprovements";
    public const string Table3Pointer = "/applications";
    public const string Table4Pointer = "/reviewAndLitigation";
    public const string OtherMattersPointer = "/otherMatters";
    public const string FeesAmountNoticedPointer = "/otherMatters/fees/amountNoticedYuan";
    public const string FeesAmountCollectedPointer = "/otherMatters/fees/amountCollectedYuan";
    private const string Table3Prefix = "/applications/";
    private const string Table4Prefix = "/reviewAndLitigation/";

    private readonly Dictionary<string, int> _ranks;
    private readonly Dictionary<string, (string Zh, string En)> _names;

    protected FormatLayout(ReportFormatInfo format, int outcomeRows)
    {
        Format = format;
        OutcomeRows = outcomeRows;
        T3Rows = FirstOutcomeRow + outcomeRows + 2;
        RowOutcomeTotal = T3Rows - 2;
        RowCarriedForward = T3Rows - 1;
        T3 = Grid(format, Table3Prefix, T3Rows, Columns);
        T4 = Grid(format, Table4Prefix, 3, 5);
        RowParts = Build(T3Rows, r => ImmutableArray.Create(T3[r], 0, TotalColumn));
        OutcomeParts = Build(Columns, c =>
        {
            var b = ImmutableArray.CreateBuilder<string>(OutcomeRows);
            for (var r = FirstOutcomeRow; r < FirstOutcomeRow + OutcomeRows; r++)
            {
                b.Add(T3[r][c]);
            }

            return b.MoveToImmutable();
        });
        BalanceParts = Build(Columns, c => ImmutableArray.Create(T3[RowNewlyReceived][c], T3[RowCarriedOver][c], T3[RowOutcomeTotal][c]));
        GroupParts = Build(3, g => ImmutableArray.Create(T4[g], 0, 4));
        CarriedForward = Build(Columns, c => ImmutableArray.Create(T3[RowCarriedForward][c]));
        _names = BuildNames(format);
        _ranks = BuildRanks(format);
    }

    public ReportFormatInfo Format { get; }

    /// <summary>The rows of table 三, headings excluded.</summary>
    public int T3Rows { get; }

    /// <summary>The rows （七）总计 sums.</summary>
    public int OutcomeRows { get; }

    public int RowOutcomeTotal { get; }

    public int RowCarriedForward { get; }

    /// <summary>Table 三: pointer of row r (table order), column c (自然人 … 其他, 总计).</summary>
    public string[][] T3 { get; }

    /// <summary>Table 四: pointer of group g, column (结果维持, 结果纠正, 其他结果, 尚未审结, 总计).</summary>
    public string[][] T4 { get; }

    /// <summary>The six applicant cells of each row of table 三.</summary>
    public ImmutableArray<string>[] RowParts { get; }

    /// <summary>The outcome cells of each column of table 三.</summary>
    public ImmutableArray<string>[] OutcomeParts { get; }

    /// <summary>The cells of 一, 二 and （七）总计 of each column (the other side of the balance).</summary>
    public ImmutableArray<string>[] BalanceParts { get; }

    /// <summary>The four parts of each group of table 四.</summary>
    public ImmutableArray<string>[] GroupParts { get; }

    /// <summary>四、结转下年度继续办理 of each column, as a related pointer.</summary>
    public ImmutableArray<string>[] CarriedForward { get; }

    /// <summary>The money cells of the report (pointer and value; the value is <see langword="null"/> when an optional cell is absent).</summary>
    public abstract ImmutableArray<(string Pointer, Func<AnnualReport, decimal?> Get)> MoneyCells { get; }

    /// <summary>What each record type of this format is, for the JSON Schema's <c>$defs</c> descriptions (Chinese, English).</summary>
    public abstract IReadOnlyDictionary<Type, (string Zh, string En)> SchemaDocs { get; }

    /// <summary>Lists table 三's rows in table order (<see cref="T3Rows"/> of them) into <paramref name="rows"/>.</summary>
    public abstract void FillTable3(AnnualReport report, ApplicantCounts[] rows);

    /// <summary>The document-order rank of a pointer; unknown pointers rank last.</summary>
    public int RankOf(string pointer) => _ranks.TryGetValue(pointer, out var rank) ? rank : int.MaxValue;

    /// <summary>The Chinese and English names of the value at a pointer: a cell's display name, or the labels of a non-cell member.</summary>
    public (string Zh, string En) NameOf(string pointer) => _names.TryGetValue(pointer, out var name) ? name : (pointer, pointer);

    private static T[] Build<T>(int count, Func<int, T> build)
    {
        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = build(i);
        }

        return items;
    }

    private static string[][] Grid(ReportFormatInfo format, string prefix, int rows, int columns)
    {
        var cells = new List<string>();
        foreach (var cell in format.Cells)
        {
            if (cell.Pointer.StartsWith(prefix, StringComparison.Ordinal))
            {
                cells.Add(cell.Pointer);
            }
        }

        if (cells.Count != rows * columns)
        {
            throw new InvalidOperationException($"Expected {rows * columns} cells under {prefix} in format {format.Version}, found {cells.Count}.");
        }

        return Build(rows, r => cells.GetRange(r * columns, columns).ToArray());
    }

    private static Dictionary<string, (string Zh, string En)> BuildNames(ReportFormatInfo format)
    {
        var names = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            [FormatVersionPointer] = ("格式版本", "Format version"),
        };
        foreach (var cell in format.Cells)
        {
            names[cell.Pointer] = (cell.DisplayName, cell.EnglishDisplayName);
        }

        var metadata = OfficialLabelAttribute.Of(typeof(AnnualReport), nameof(AnnualReport.Metadata));
        var agency = OfficialLabelAttribute.Of(typeof(ReportMetadata), nameof(ReportMetadata.AgencyName));
        var year = OfficialLabelAttribute.Of(typeof(ReportMetadata), nameof(ReportMetadata.ReportYear));
        var other = OfficialLabelAttribute.Of(typeof(AnnualReport), nameof(AnnualReport.OtherMatters));
        names[MetadataPointer] = (metadata.Label, metadata.English);
        names[AgencyNamePointer] = (metadata.Label + " · " + agency.Label, metadata.English + " · " + agency.English);
        names[ReportYearPointer] = (metadata.Label + " · " + year.Label, metadata.English + " · " + year.English);
        names[OtherMattersPointer] = (other.Label, other.English);
        var publication = OfficialLabelAttribute.Of(typeof(ReportMetadata), nameof(ReportMetadata.PublicationDate));
        names[PublicationDatePointer] = (metadata.Label + " · " + publication.Label, metadata.English + " · " + publication.English);

        // The sections, named by their headings.
        foreach (var property in format.ReportType.GetProperties())
        {
            if (property.GetCustomAttributes(typeof(OfficialLabelAttribute), inherit: true).FirstOrDefault() is OfficialLabelAttribute label
                && property.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonIgnoreAttribute), inherit: true).Length == 0)
            {
                var pointer = "/" + char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1);
                if (!names.ContainsKey(pointer))
                {
                    names[pointer] = (label.Label, label.English);
                }
            }
        }

        return names;
    }

    private static Dictionary<string, int> BuildRanks(ReportFormatInfo format)
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        var next = 0;
        void Add(string pointer)
        {
            if (!ranks.ContainsKey(pointer))
            {
                ranks.Add(pointer, next++);
            }
        }

        Add(string.Empty);
        Add(FormatVersionPointer);
        Add(MetadataPointer);
        Add(AgencyNamePointer);
        Add(ReportYearPointer);
        Add(PublicationDatePointer);
        Add(OverviewPointer);
        foreach (var cell in format.Cells)
        {
            if (cell.Pointer.StartsWith(Table3Pointer + "/", StringComparison.Ordinal))
            {
                Add(Table3Pointer);
            }
            else if (cell.Pointer.StartsWith(Table4Pointer + "/", StringComparison.Ordinal))
            {
                Add(Table4Pointer);
            }
            else if (cell.Pointer.StartsWith(OtherMattersPointer + "/", StringComparison.Ordinal))
            {
                Add(ProblemsPointer);
                Add(OtherMattersPointer);
            }

            Add(cell.Pointer);
        }

        Add(ProblemsPointer);

        Add(OtherMattersPointer);
        return ranks;
    }
}
