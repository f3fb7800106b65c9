using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GovDisclosure.Model.Serialization;

namespace GovDisclosure.Model.Benchmarks;

/// <summary>Typed strict read and deterministic write of the Tonggu example, beside <see cref="JsonDocument.Parse(System.ReadOnlyMemory{byte}, JsonDocumentOptions)"/> of the same bytes.</summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private byte[] _compact = [];  // the example file as bundled (indented, 16 KB)
    private AnnualReport _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        _report = ReportJson.Read(Examples.Tonggu());
        _compact = Examples.Tonggu();
    }

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse")]
    public int JsonDocumentParse()
    {
        using var doc = JsonDocument.Parse(_compact);
        return doc.RootElement.GetArrayLength_OrPropertyCount();
    }

    [Benchmark(Description = "ReportJson.Read (typed, strict)")]
    public AnnualReport Read() => ReportJson.Read(_compact);

    [Benchmark(Description = "ReportJson.WriteToUtf8Bytes")]
    public byte[] Write() => ReportJson.WriteToUtf8Bytes(_report);
}

internal static class JsonElementExtensions
{
    public static int GetArrayLength_OrPropertyCount(this JsonElement element)
    {
        var count = 0;
        foreach (var _ in element.EnumerateObject())
        {
            count++;
        }

        return count;
    }
}
