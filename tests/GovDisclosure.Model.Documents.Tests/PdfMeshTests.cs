using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using GovDisclosure.Model.Documents.Reading;
using Xunit;

namespace GovDisclosure.Model.Documents.Tests;

/// <summary>
/// PDFs ruled as fine meshes, page after page, from one small shared content stream: table finding stays bounded
/// (before, a 34 KB file of 200 such pages took minutes).
/// </summary>
public sealed class PdfMeshTests
{
    /// <summary>A PDF of <paramref name="pages"/> pages sharing one content stream: <paramref name="lines"/> horizontal and as many vertical lines, and a word in the middle.</summary>
    internal static byte[] Mesh(int lines, int pages)
    {
        var content = new StringBuilder("0.1 w\n");
        for (var i = 0; i < lines; i++)
        {
            var y = 800 - (i * 700.0 / lines);
            var x = 10 + (i * 575.0 / lines);
            content.Append(string.Format(CultureInfo.InvariantCulture, "10 {0:F2} m 585 {0:F2} l S\n{1:F2} 100 m {1:F2} 800 l S\n", y, x));
        }

        content.Append("BT /F1 10 Tf 1 0 0 1 300 400 Tm (Total) Tj ET\n");
        byte[] stream;
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                var raw = Encoding.ASCII.GetBytes(content.ToString());
                zlib.Write(raw, 0, raw.Length);
            }

            stream = compressed.ToArray();
        }

        var kids = string.Join(" ", Enumerable.Range(0, pages).Select(i => $"{5 + i} 0 R"));
        var objects = new List<byte[]>
        {
            Encoding.ASCII.GetBytes("<< /Type /Catalog /Pages 2 0 R >>"),
            Encoding.ASCII.GetBytes($"<< /Type /Pages /Kids [{kids}] /Count {pages} >>"),
            Encoding.ASCII.GetBytes("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
            Encoding.ASCII.GetBytes($"<< /Length {stream.Length} /Filter /FlateDecode >>\nstream\n").Concat(stream).Concat(Encoding.ASCII.GetBytes("\nendstream")).ToArray(),
        };
        for (var i = 0; i < pages; i++)
        {
            objects.Add(Encoding.ASCII.GetBytes("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"));
        }

        using var pdf = new MemoryStream();
        void Write(string text) => pdf.Write(Encoding.ASCII.GetBytes(text), 0, text.Length);
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write($"{i + 1} 0 obj\n");
            pdf.Write(objects[i], 0, objects[i].Length);
            Write("\nendobj\n");
        }

        var xref = pdf.Position;
        Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{offset:D10} 00000 n \n");
        }

        Write($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    [Fact]
    public void A_mesh_finer_than_any_report_table_is_read_as_text()
    {
        // 150 x 150 lines: 149 x 149 cells, over the limit.
        var layout = PdfReader.Read(Mesh(150, 1), 200);

        Assert.Equal(0, layout.TableCount);
        Assert.Contains(layout.Blocks, b => b.Text == "Total");
    }

    [Fact]
    public void A_mesh_within_the_limit_is_a_table()
    {
        var layout = PdfReader.Read(Mesh(20, 1), 200);

        var table = Assert.Single(layout.Blocks, b => b.Table is not null).Table!;
        Assert.Contains(table.Rows.SelectMany(r => r).Select(c => c.Text), t => t == "Total");
    }

    [Fact]
    public void Tables_stop_at_the_document_budget_and_the_rest_is_text()
    {
        // 99 x 99 cells a page: two pages' worth fit in the budget.
        var layout = PdfReader.Read(Mesh(100, 200), 200);

        Assert.Equal(PdfReader.MaxTableCellsPerDocument / (99 * 99), layout.TableCount);
        var words = string.Concat(layout.Blocks.Select(b => b.Text));
        Assert.Equal((200 - layout.TableCount) * "Total".Length, words.Length);
        Assert.Equal(string.Concat(Enumerable.Repeat("Total", 200 - layout.TableCount)), words);
    }

    [Fact]
    public void Two_hundred_pages_of_a_dense_mesh_are_read_to_a_finding()
    {
        var bytes = Mesh(300, 200);
        Assert.True(bytes.Length < 64 * 1024);

        var result = PublishedReport.Read(bytes, "mesh.pdf");

        Assert.Null(result.Report);
        Assert.Contains(result.Findings, f => f.RuleId == ReadingRules.NotAReport);
    }
}
