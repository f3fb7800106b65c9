using System.IO;
using BenchmarkDotNet.Attributes;
using GovDisclosure.Model.Documents;
using GovDisclosure.Model.Serialization;

namespace GovDisclosure.Model.Benchmarks;

/// <summary>
/// Publishing the Tonggu example with <see cref="ReportPublisher.Write"/> to a <see cref="MemoryStream"/> — web page,
/// Markdown, text and Word — beside <see cref="ReportJson.Write(AnnualReport, bool)"/> of the same report (the baseline).
/// </summary>
[MemoryDiagnoser]
public class PublishBenchmarks
{
    private AnnualReport _report = null!;
    private readonly MemoryStream _stream = new(1 << 17);

    [GlobalSetup]
    public void Setup() => _report = ReportJson.Read(Examples.Tonggu());

    [Benchmark(Baseline = true, Description = "ReportJson.Write")]
    public string Json() => ReportJson.Write(_report);

    [Benchmark(Description = "ReportPublisher.Write html")]
    public long Html() => Write(PublishFormat.Html);

    [Benchmark(Description = "ReportPublisher.Write md")]
    public long Markdown() => Write(PublishFormat.Markdown);

    [Benchmark(Description = "ReportPublisher.Write txt")]
    public long Text() => Write(PublishFormat.Text);

    [Benchmark(Description = "ReportPublisher.Write docx")]
    public long Docx() => Write(PublishFormat.Docx);

    private long Write(PublishFormat format)
    {
        _stream.SetLength(0);
        ReportPublisher.Write(_report, _stream, format);
        return _stream.Length;
    }
}
