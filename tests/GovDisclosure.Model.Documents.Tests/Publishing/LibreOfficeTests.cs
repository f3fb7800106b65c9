using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;

namespace GovDisclosure.Model.Documents.Tests.Publishing;

/// <summary>
/// A theory that needs LibreOffice (<c>soffice</c>, Debian package <c>libreoffice-writer-nogui</c>): skipped with a reason
/// where it is not installed, except under CI (<c>CI=true</c>), where the test runs and fails.
/// </summary>
public sealed class LibreOfficeTheoryAttribute : TheoryAttribute
{
    public LibreOfficeTheoryAttribute()
    {
        if (LibreOffice.Soffice is null && !LibreOffice.IsCi)
        {
            Skip = "LibreOffice is not installed (soffice not on PATH; Debian package libreoffice-writer-nogui); CI=true makes this a failure";
        }
    }
}

internal static class LibreOffice
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The full path of <c>soffice</c> (or <c>libreoffice</c>) on PATH, or <see langword="null"/>.</summary>
    public static string? Soffice { get; } = Find();

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Where(d => d.Length > 0)
            .SelectMany(d => new[] { Path.Combine(d, "soffice"), Path.Combine(d, "libreoffice") })
            .FirstOrDefault(File.Exists);

    /// <summary>Converts a document to PDF with a profile of its own (so parallel runs do not share one); returns the PDF's path.</summary>
    public static string ConvertToPdf(string document, string workDirectory)
    {
        var soffice = Soffice ?? throw new InvalidOperationException("LibreOffice (soffice) is not installed: install the Debian package libreoffice-writer-nogui");
        var profile = new Uri(Path.Combine(workDirectory, "profile")).AbsoluteUri;
        var output = Path.Combine(workDirectory, "pdf");
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", output, document })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(180_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("soffice did not finish converting within 3 minutes");
        }

        var pdf = Path.Combine(output, Path.GetFileNameWithoutExtension(document) + ".pdf");
        Assert.True(process.ExitCode == 0 && File.Exists(pdf), $"soffice exited {process.ExitCode} without a PDF: {stdout.Result} {stderr.Result}");
        return pdf;
    }
}

/// <summary>LibreOffice lays the written .docx out as a PDF whose tables read back as the report's numbers.</summary>
public sealed class LibreOfficeTests
{
    public static TheoryData<string> Examples => DocxWriterTests.Examples;

    [LibreOfficeTheory]
    [MemberData(nameof(Examples))]
    public void The_docx_converts_to_a_pdf_whose_tables_read_as_the_report(string name)
    {
        var report = DocxWriterTests.Example(name);
        var work = Path.Combine(Path.GetTempPath(), "govdisclosure-docx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var docx = Path.Combine(work, Path.GetFileNameWithoutExtension(name) + ".docx");
            File.WriteAllBytes(docx, DocxWriterTests.Docx(report));

            var pdf = LibreOffice.ConvertToPdf(docx, work);

            var result = PublishedReport.ReadFile(pdf);
            Assert.Equal(DocumentKind.Pdf, result.Source.Kind);
            var read = result.Report;
            Assert.NotNull(read);
            Assert.Equal(report.Format, read!.Format);
            var tableCells = ReportCells.For(report.Format).Where(c => !c.Pointer.StartsWith("/otherMatters/", StringComparison.Ordinal)).ToList();
            Assert.Equal(report.Format == ReportFormat.Format2021 ? 10 + 175 + 15 : 22 + 161 + 15, tableCells.Count);
            var wrong = tableCells.Where(c => c.GetValue(report) != c.GetValue(read)).Select(c => $"{c.Pointer}: {c.GetValue(report)} ≠ {c.GetValue(read)}").ToList();
            Assert.True(wrong.Count == 0, string.Join("\n", wrong));
            Assert.Equal((report.Metadata.AgencyName, report.Metadata.ReportYear), (read.Metadata.AgencyName, read.Metadata.ReportYear));
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
