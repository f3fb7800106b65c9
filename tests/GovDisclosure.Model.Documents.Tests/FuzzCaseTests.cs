using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GovDisclosure.Model.Validation;
using Xunit;

namespace GovDisclosure.Model.Documents.Tests;

/// <summary>
/// Every input the fuzzer (eng/fuzz.sh, the document targets) found failing, kept as a case: each is read through
/// every entry point, under every file name, to a result that holds a report or says why not — and never to a
/// message that is a programming error's.
/// </summary>
public sealed class FuzzCaseTests
{
    private static readonly string[] FileNames = { null!, "report.html", "report.txt", "report.md", "report.pdf", "report.docx" };

    /// <summary>What .NET says for the exceptions that only a bug throws.</summary>
    private static readonly string[] ProgrammingErrorMessages =
    {
        "Object reference not set", "Index was outside", "out of the range", "Sequence contains", "must be non-negative",
        "Arithmetic operation resulted in an overflow", "Attempted to divide by zero", "Unable to cast", "was not present in the dictionary",
        "An item with the same key", "Collection was modified", "Input string was not in a correct format",
    };

    public static IEnumerable<object[]> Cases() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "fuzz")).OrderBy(f => f, StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_fuzzer_case_is_read_to_a_report_or_a_finding(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "fuzz", name));

        foreach (var fileName in FileNames)
        {
            var result = PublishedReport.Read(bytes, fileName);
            Assert.Equal(PublishedReport.Detect(bytes, fileName), result.Source.Kind);
            Assert.Equal(bytes.Length, result.Source.Length);
            if (result.Report is null)
            {
                Assert.Contains(result.Findings, f => f.Severity == Severity.Error);
            }

            foreach (var finding in result.Findings)
            {
                Assert.False(string.IsNullOrWhiteSpace(finding.MessageEn));
                Assert.False(string.IsNullOrWhiteSpace(finding.MessageZh));
                Assert.DoesNotContain(ProgrammingErrorMessages, m => finding.MessageEn.Contains(m, StringComparison.Ordinal));
            }

            using var stream = new MemoryStream(bytes);
            Assert.Equal(result.Findings, PublishedReport.ReadStream(stream, fileName).Findings);
        }
    }

    [Fact]
    public void The_cases_are_there()
    {
        Assert.NotEmpty(Cases());
    }
}
