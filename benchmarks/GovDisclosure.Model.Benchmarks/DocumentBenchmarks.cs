using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using GovDisclosure.Model.Documents;
using UglyToad.PdfPig;

namespace GovDisclosure.Model.Benchmarks;

/// <summary>
/// Importing a published report (bytes → report, findings and provenance, validation included) beside the
/// bare library work on the same bytes: AngleSharp's parse of the page, PdfPig's letters of every page,
/// <see cref="XmlReader"/> over the .docx's <c>word/document.xml</c>. Targets: HTML ≤ 2×, PDF ≤ 2×, .docx ≤ 3×.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DocumentBenchmarks
{
    private byte[] _html = [];
    private byte[] _pdf = [];
    private byte[] _docx = [];

    [GlobalSetup]
    public void Setup()
    {
        static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "reports", name));
        _html = Read("pingtan-zone-2022.html");
        _pdf = Read("huaian-city-2024.pdf");
        _docx = Read("pingtan-zone-2022.docx");
    }

    [Benchmark(Baseline = true, Description = "AngleSharp parse (pingtan-zone-2022.html)")]
    [BenchmarkCategory("html")]
    public int HtmlParse()
    {
        using var document = new HtmlParser().ParseDocument(new MemoryStream(_html));
        return document.All.Length;
    }

    [Benchmark(Description = "PublishedReport.Read (pingtan-zone-2022.html)")]
    [BenchmarkCategory("html")]
    public PublishedReportResult HtmlImport() => PublishedReport.Read(_html, "pingtan-zone-2022.html");

    [Benchmark(Baseline = true, Description = "PdfPig letters of every page (huaian-city-2024.pdf)")]
    [BenchmarkCategory("pdf")]
    public int PdfLetters()
    {
        using var document = PdfDocument.Open(_pdf);
        return document.GetPages().Sum(p => p.Letters.Count);
    }

    [Benchmark(Description = "PublishedReport.Read (huaian-city-2024.pdf)")]
    [BenchmarkCategory("pdf")]
    public PublishedReportResult PdfImport() => PublishedReport.Read(_pdf, "huaian-city-2024.pdf");

    [Benchmark(Baseline = true, Description = "XmlReader over word/document.xml (pingtan-zone-2022.docx)")]
    [BenchmarkCategory("docx")]
    public int DocxXmlReader()
    {
        using var zip = new ZipArchive(new MemoryStream(_docx), ZipArchiveMode.Read);
        using var reader = XmlReader.Create(zip.GetEntry("word/document.xml")!.Open());
        var nodes = 0;
        while (reader.Read())
        {
            nodes++;
        }

        return nodes;
    }

    [Benchmark(Description = "PublishedReport.Read (pingtan-zone-2022.docx)")]
    [BenchmarkCategory("docx")]
    public PublishedReportResult DocxImport() => PublishedReport.Read(_docx, "pingtan-zone-2022.docx");
}
