using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GovDisclosure.Model.Schema;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Validation;
using Xunit;

namespace GovDisclosure.Model.Tests.Serialization;

/// <summary>Every input the fuzzer (eng/fuzz.sh) found crashing an entry point, kept as a case: each now gives findings.</summary>
public class FuzzCaseTests
{
    public static IEnumerable<object[]> Cases() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "fuzz")).OrderBy(f => f, StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_fuzzer_crash_input_gives_a_finding_from_every_entry_point(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "fuzz", name));

        Assert.False(ReportJson.TryRead(bytes, out _, out var error));
        var all = new[]
        {
            new ValidationResult(new[] { error }),
            ReportValidator.ValidateJson(bytes),
            ReportValidator.ValidateJson(new MemoryStream(bytes), null, null),
            ReportSchema.Evaluate(bytes),
        };

        foreach (var result in all)
        {
            Assert.NotEmpty(result.Findings);
            Assert.All(result.Findings, f =>
            {
                Assert.Contains(f.RuleId, new[] { RuleIds.Json, RuleIds.Schema });
                Assert.False(string.IsNullOrWhiteSpace(f.MessageEn));
                Assert.False(string.IsNullOrWhiteSpace(f.MessageZh));
            });
        }
    }

    [Fact]
    public void The_cases_are_there()
    {
        Assert.NotEmpty(Cases());
    }
}
