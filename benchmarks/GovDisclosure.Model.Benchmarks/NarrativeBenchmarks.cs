using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using GovDisclosure.Model.Narratives;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Validation;

namespace GovDisclosure.Model.Benchmarks;

/// <summary>
/// The narrative check on the Tonggu example as published (its one <c>TEXT-TABLE-MISMATCH</c>) and with its narrative made
/// consistent (no finding), beside <see cref="ReportValidator.Validate(AnnualReport)"/>, which includes it.
/// Run: <c>dotnet run -c Release --project benchmarks/GovDisclosure.Model.Benchmarks -- --filter '*Narrative*'</c>.
/// </summary>
[MemoryDiagnoser]
public class NarrativeBenchmarks
{
    private AnnualReport2021 _published = null!;
    private AnnualReport2021 _consistent = null!;

    [GlobalSetup]
    public void Setup()
    {
        _published = (AnnualReport2021)ReportJson.Read(Examples.Tonggu());
        _consistent = (AnnualReport2021)ReportJson.Read(Examples.TongguConsistent());
        if (ReportValidator.Validate(_published).Findings.Count != 1 || ReportValidator.Validate(_consistent).Findings.Count != 0)
        {
            throw new InvalidOperationException("The Tonggu example should have exactly one narrative finding, and none once made consistent.");
        }
    }

    [Benchmark(Baseline = true, Description = "ReportValidator.Validate (consistent, check included)")]
    public ValidationResult ValidateConsistent() => ReportValidator.Validate(_consistent);

    [Benchmark(Description = "NarrativeFigures.Extract (consistent)")]
    public int ExtractConsistent() => NarrativeFigures.Extract(_consistent).Count;

    [Benchmark(Description = "TextTableCheck.Run (consistent)")]
    public int CheckConsistent()
    {
        List<Finding>? found = null;
        TextTableCheck.Run(_consistent, ref found);
        return found?.Count ?? 0;
    }

    [Benchmark(Description = "TextTableCheck.Run (as published: 1 finding)")]
    public int CheckPublished()
    {
        List<Finding>? found = null;
        TextTableCheck.Run(_published, ref found);
        return found?.Count ?? 0;
    }

    [Benchmark(Description = "ReportValidator.Validate (as published: 1 finding)")]
    public ValidationResult ValidatePublished() => ReportValidator.Validate(_published);
}
