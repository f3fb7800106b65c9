using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Validation;

namespace GovDisclosure.Model.Benchmarks;

/// <summary>
/// <c>X-TEXT-COPY</c> on two real narratives: the Tonggu overview against the Shanghai overview, and against itself with
/// its numbers changed.
/// Run: <c>dotnet run -c Release --project benchmarks/GovDisclosure.Model.Benchmarks -- --filter '*Review*'</c>.
/// </summary>
[MemoryDiagnoser]
public class ReviewBenchmarks
{
    private string _tonggu = string.Empty;
    private string _tongguNextYear = string.Empty;
    private string _shanghai = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var tonggu = (AnnualReport2021)ReportJson.Read(Examples.Tonggu());
        var shanghai = ReportJson.Read(Examples.Shanghai());
        _tonggu = string.Concat(tonggu.Overview.Paragraphs.Select(p => p.Text));
        _tongguNextYear = _tonggu.Replace("2021", "2022").Replace("9", "7");
        _shanghai = string.Concat(shanghai.Overview.Paragraphs.Select(p => p.Text));
    }

    [Benchmark(Description = "X-TEXT-COPY resemblance, Tonggu vs Shanghai overview")]
    public double? TextCopyDifferent() => TextSimilarity.Resemblance(_tonggu, _shanghai);

    [Benchmark(Description = "X-TEXT-COPY resemblance, Tonggu vs itself with numbers changed")]
    public double? TextCopySame() => TextSimilarity.Resemblance(_tonggu, _tongguNextYear);

}

/// <summary><see cref="ReportSeries.Validate"/> over 250, 500 and 1,000 reports: many agencies, four years each.</summary>
[MemoryDiagnoser]
public class ReviewSeriesBenchmarks
{
    private SeriesInput[] _series = [];

    [Params(250, 500, 1000)]
    public int Reports { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var tonggu = (AnnualReport2021)ReportJson.Read(Examples.Tonggu());
        _series = Enumerable.Range(0, Reports)
            .Select(i => new SeriesInput($"{i}.json", tonggu with { Metadata = new ReportMetadata { AgencyName = $"第{i / 4}机关", ReportYear = 2021 + (i % 4) } }))
            .ToArray();
    }

    [Benchmark(Description = "ReportSeries.Validate")]
    public SeriesValidationResult Series() => ReportSeries.Validate(_series);
}
