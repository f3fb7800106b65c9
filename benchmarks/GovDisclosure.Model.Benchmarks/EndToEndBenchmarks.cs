using System;
using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GovDisclosure.Model.Schema;
using GovDisclosure.Model.Validation;

namespace GovDisclosure.Model.Benchmarks;

/// <summary>
/// The end-to-end read of untrusted bytes (bytes → findings; valid: the Tonggu example with its narrative made consistent,
/// so no finding; as published: its one <c>TEXT-TABLE-MISMATCH</c>) beside <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>
/// of the same bytes; the full schema evaluation; and the invalid-document path. The Ajv figure for the
/// same bytes comes from <c>benchmarks/ajv/bench.mjs</c>.
/// </summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private byte[] _valid = [];
    private byte[] _published = [];
    private byte[] _invalid = [];
    private byte[] _valid2019 = [];

    [GlobalSetup]
    public void Setup()
    {
        _valid2019 = GovDisclosure.Model.Serialization.ReportJson.WriteToUtf8Bytes(Examples.Valid2019(), indented: true);
        _valid = Examples.TongguConsistent();
        _published = Examples.Tonggu();
        _invalid = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "examples", "invalid", "negative-count.json"));
    }

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse (valid)")]
    public int JsonDocumentParse()
    {
        using var doc = JsonDocument.Parse(_valid);
        return doc.RootElement.GetArrayLength_OrPropertyCount();
    }

    [Benchmark(Description = "ReportValidator.ValidateJson (valid)")]
    public ValidationResult ValidateJsonValid() => ReportValidator.ValidateJson(_valid);

    [Benchmark(Description = "JsonDocument.Parse (valid, 2019 format)")]
    public int JsonDocumentParse2019()
    {
        using var doc = JsonDocument.Parse(_valid2019);
        return doc.RootElement.GetArrayLength_OrPropertyCount();
    }

    [Benchmark(Description = "ReportValidator.ValidateJson (valid, 2019 format)")]
    public ValidationResult ValidateJsonValid2019() => ReportValidator.ValidateJson(_valid2019);
    [Benchmark(Description = "ReportValidator.ValidateJson (as published: 1 narrative warning)")]
    public ValidationResult ValidateJsonPublished() => ReportValidator.ValidateJson(_published);

    [Benchmark(Description = "ReportSchema.Evaluate (valid, full schema)")]
    public ValidationResult EvaluateValid() => ReportSchema.Evaluate(_valid);

    [Benchmark(Description = "ReportValidator.ValidateJson (invalid: negative-count)")]
    public ValidationResult ValidateJsonInvalid() => ReportValidator.ValidateJson(_invalid);
}
