using System;
using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Model.Schema;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;
using GovDisclosure.Model.Validation;
using Xunit;

namespace GovDisclosure.Model.Tests.Serialization;

/// <summary>
/// Each misleading message once reported against the reader, as a case: the finding's rule, keyword,
/// pointer and message are the ones a user needs, from the reader and from the end-to-end entry point.
/// </summary>
public class TruthfulMessageTests
{
    private static string Example => Encoding.UTF8.GetString(TestFiles.TongguBytes());

    private static string Replace(string from, string to)
    {
        Assert.Contains(from, Example);
        return Example.Replace(from, to);
    }

    /// <summary>The reader's finding and the end-to-end findings, which must agree on the one problem.</summary>
    private static Finding Only(string json) => Only(Encoding.UTF8.GetBytes(json));

    private static Finding Only(byte[] utf8)
    {
        Assert.False(ReportJson.TryRead(utf8, out _, out var error));
        var all = ReportValidator.ValidateJson(utf8);
        var finding = Assert.Single(all.Findings);
        Assert.Equal(error, finding);
        Assert.Equal(RuleIds.Json, finding.RuleId);
        Assert.Null(all.Report);
        return finding;
    }

    [Fact]
    public void A_duplicate_member_of_the_wrong_type_is_a_duplicate_not_a_type_error()
    {
        var f = Only(Replace("\"agencyName\": \"铜鼓县人民政府\"", "\"agencyName\": 5, \"agencyName\": \"x\""));

        Assert.Equal(JsonReadKeywords.DuplicateProperty, f.Keyword);
        Assert.Equal("/metadata/agencyName", f.Pointer);
        Assert.Equal("/metadata: the member \"agencyName\" appears more than once", f.MessageEn);
        Assert.Equal("/metadata：成员 “agencyName” 重复出现", f.MessageZh);
    }

    [Fact]
    public void Format_version_written_twice_is_a_duplicate()
    {
        var f = Only(Replace("\"formatVersion\": \"2021\",", "\"formatVersion\": \"2021\", \"formatVersion\": \"2021\","));

        Assert.Equal(JsonReadKeywords.DuplicateProperty, f.Keyword);
        Assert.Equal("/formatVersion", f.Pointer);
        Assert.Equal("report: the member \"formatVersion\" appears more than once", f.MessageEn);
        Assert.Equal("报告：成员 “formatVersion” 重复出现", f.MessageZh);
    }

    [Fact]
    public void An_empty_object_before_the_real_one_is_named_as_a_duplicate()
    {
        var f = Only(Replace("\"metadata\": {", "\"metadata\": {}, \"metadata\": {"));

        Assert.Equal(JsonReadKeywords.DuplicateProperty, f.Keyword);
        Assert.Equal("/metadata", f.Pointer);
        Assert.Equal("report: the member \"metadata\" appears more than once", f.MessageEn);
    }

    [Fact]
    public void Every_duplicate_is_reported_end_to_end()
    {
        var json = Replace("\"metadata\": {", "\"metadata\": {}, \"metadata\": {").Replace("\"formatVersion\": \"2021\",", "\"formatVersion\": \"2021\", \"formatVersion\": \"2021\",");

        var findings = ReportValidator.ValidateJson(Encoding.UTF8.GetBytes(json)).Findings;

        Assert.Equal(new[] { "/formatVersion", "/metadata" }, findings.Select(f => f.Pointer).ToArray());
        Assert.All(findings, f => Assert.Equal(JsonReadKeywords.DuplicateProperty, f.Keyword));
    }

    [Theory]
    [InlineData("utf-16", true, "UTF-16 (little-endian, with a byte order mark)", "UTF-16（小端序，带字节顺序标记）")]
    [InlineData("utf-16", false, "UTF-16 (little-endian)", "UTF-16（小端序）")]
    [InlineData("utf-16BE", true, "UTF-16 (big-endian, with a byte order mark)", "UTF-16（大端序，带字节顺序标记）")]
    [InlineData("utf-16BE", false, "UTF-16 (big-endian)", "UTF-16（大端序）")]
    [InlineData("utf-32", true, "UTF-32 (little-endian, with a byte order mark)", "UTF-32（小端序，带字节顺序标记）")]
    [InlineData("utf-32", false, "UTF-32 (little-endian)", "UTF-32（小端序）")]
    [InlineData("utf-32BE", true, "UTF-32 (big-endian, with a byte order mark)", "UTF-32（大端序，带字节顺序标记）")]
    [InlineData("utf-32BE", false, "UTF-32 (big-endian)", "UTF-32（大端序）")]
    public void Utf16_and_utf32_are_encoding_findings_that_name_the_encoding(string name, bool bom, string en, string zh)
    {
        var encoding = Encoding.GetEncoding(name);
        var bytes = (bom ? encoding.GetPreamble() : Array.Empty<byte>()).Concat(encoding.GetBytes(Example)).ToArray();

        var f = Only(bytes);

        Assert.Equal(JsonReadKeywords.Encoding, f.Keyword);
        Assert.Equal(string.Empty, f.Pointer);
        Assert.Equal($"the input looks like {en} text; a report must be UTF-8", f.MessageEn);
        Assert.Equal($"输入看起来是 {zh} 编码的文本，报告应为 UTF-8", f.MessageZh);
        var schema = Assert.Single(ReportSchema.Evaluate(bytes).Findings);
        Assert.Equal(f, schema);
    }

    [Theory]
    [InlineData("\\ud800", "\\ud800")]
    [InlineData("x\\udc00y", "\\udc00")]
    [InlineData("\\ud800\\u0041", "\\ud800")]
    [InlineData("\\uD83D", "\\uD83D")]
    public void A_lone_surrogate_escape_says_so(string escaped, string named)
    {
        var f = Only(Replace("\"agencyName\": \"铜鼓县人民政府\"", $"\"agencyName\": \"{escaped}\""));

        Assert.Equal(JsonReadKeywords.Encoding, f.Keyword);
        Assert.Equal("/metadata/agencyName", f.Pointer);
        Assert.Equal($"/metadata/agencyName: the string has the escape {named} of an unpaired surrogate, which is not a Unicode character", f.MessageEn);
        Assert.Equal($"/metadata/agencyName：字符串含有未配对的代理项转义 {named}，它不是 Unicode 字符", f.MessageZh);
        Assert.DoesNotContain("UTF-8", f.MessageEn);
    }

    [Fact]
    public void A_paired_surrogate_escape_is_a_character()
    {
        Assert.True(ReportJson.TryRead(Replace("\"agencyName\": \"铜鼓县人民政府\"", "\"agencyName\": \"\\ud83d\\ude00\""), out var report, out _));
        Assert.Equal("\U0001F600", report!.Metadata.AgencyName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void An_empty_file_says_it_is_empty(string json)
    {
        var f = Only(json);

        Assert.Equal(JsonReadKeywords.Syntax, f.Keyword);
        Assert.Equal(string.Empty, f.Pointer);
        Assert.StartsWith("the input is empty (there is no JSON value)", f.MessageEn);
        Assert.StartsWith("输入为空（没有任何 JSON 值）", f.MessageZh);
    }

    [Theory]
    [InlineData("{\"formatVersion\":\"2021\",", "", "the input ends before the JSON does (an object, array or string is not closed)")]
    [InlineData("{\"formatVersion\":\"2021\",}", "", "a trailing comma is not allowed")]
    [InlineData("{\"formatVersion\":\"2021\" // x\n}", "", "comments are not allowed")]
    [InlineData("{\"formatVersion\": // x\n\"2021\"}", "/formatVersion", "comments are not allowed")]
    [InlineData("{\"formatVersion\":'2021'}", "/formatVersion", "strings must be in double quotes")]
    [InlineData("{\"formatVersion\":\"2021\"} x", "", "there is more after the JSON value (“x”)")]
    [InlineData("{\"formatVersion\":\"20\\q21\"}", "/formatVersion", "the escape \\q is not valid")]
    [InlineData("{\"formatVersion\":\"2021\n\"}", "/formatVersion", "the control character U+000A must be escaped in a string")]
    [InlineData("{\"formatVersion\":NaN}", "/formatVersion", "unexpected “NaN”")]
    [InlineData("{\"metadata\":{\"reportYear\":01}}", "/metadata/reportYear", "the number is not written as JSON allows (“01”)")]
    public void Syntax_errors_are_described_in_our_words(string json, string pointer, string en)
    {
        var f = Only(json);

        Assert.Equal(JsonReadKeywords.Syntax, f.Keyword);
        Assert.Equal(pointer, f.Pointer);
        Assert.StartsWith((pointer.Length == 0 ? string.Empty : pointer + ": ") + en + " (line ", f.MessageEn);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[1,]")]
    [InlineData("{\"a\" 1}")]
    [InlineData("{\"a\":1 \"b\":2}")]
    [InlineData("\u00ff")]
    [InlineData("{\"formatVersion\":\"2021\",\"metadata\":null}")]
    [InlineData("{\"formatVersion\":\"2021\",\"metadata\":[]}")]
    [InlineData("{\"formatVersion\":\"2021\",\"overview\":{\"paragraphs\":{}}}")]
    [InlineData("{\"formatVersion\":\"2021\",\"bogus\":true}")]
    [InlineData("{\"formatVersion\":\"2021\"}")]
    [InlineData("{\"formatVersion\":\"2019\"}")]
    [InlineData("{\"formatVersion\":2021}")]
    [InlineData("{\"metadata\":{}}")]
    [InlineData("[]")]
    [InlineData("\"report\"")]
    [InlineData("true")]
    public void No_serializer_wording_reaches_a_user(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        Assert.False(ReportJson.TryRead(bytes, out _, out var error));
        var findings = ReportValidator.ValidateJson(bytes).Findings.Append(error).Concat(ReportSchema.Evaluate(bytes).Findings);
        foreach (var f in findings)
        {
            foreach (var message in new[] { f.MessageEn, f.MessageZh })
            {
                foreach (var leak in new[] { "isFinalBlock", "LineNumber", "BytePosition", "Path:", "invalid start of a value", "System.", "JSON value could not be converted", "'0x", "Utf8JsonReader", "JsonTokenType", "deserializ", "The JSON value" })
                {
                    Assert.DoesNotContain(leak, message, StringComparison.OrdinalIgnoreCase);
                }
            }
        }
    }

    [Theory]
    [InlineData("{\"formatVersion\":\"2021\",\"metadata\":null}", JsonReadKeywords.Null, "/metadata")]
    [InlineData("{\"formatVersion\":\"2021\",\"metadata\":[]}", JsonReadKeywords.Type, "/metadata")]
    [InlineData("[]", JsonReadKeywords.Type, "")]
    [InlineData("{\"formatVersion\":\"2021\",\"bogus\":true}", JsonReadKeywords.UnknownProperty, "/bogus")]
    [InlineData("{\"formatVersion\":\"2021\"}", JsonReadKeywords.Required, "")]
    public void Shape_problems_the_serializer_finds_are_worded_by_the_schema_diagnosis(string json, string keyword, string pointer)
    {
        Assert.False(ReportJson.TryRead(json, out _, out var error));
        Assert.Equal(keyword, error.Keyword);
        Assert.Equal(pointer, error.Pointer);
        Assert.Equal(RuleIds.Json, error.RuleId);
    }

    [Fact]
    public void A_count_written_as_twenty_megabytes_of_digits_is_quoted_short_and_read_in_bounded_memory()
    {
        var digits = new string('7', 20 * 1024 * 1024);
        var bytes = Encoding.UTF8.GetBytes(Replace("\"reportYear\": 2021", "\"reportYear\": " + digits));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = ReportValidator.ValidateJson(bytes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var f = Assert.Single(result.Findings);
        Assert.Equal(JsonReadKeywords.Range, f.Keyword);
        Assert.Equal("/metadata/reportYear", f.Pointer);
        Assert.True(f.MessageEn.Length < 200, f.MessageEn);
        Assert.True(f.MessageZh.Length < 200, f.MessageZh);
        Assert.True(allocated < 4L * bytes.Length, $"{allocated:N0} bytes allocated for a {bytes.Length:N0}-byte input");
    }

    [Fact]
    public void A_long_value_is_quoted_by_its_start_and_end()
    {
        var code = new string('1', 5000) + "x";
        var json = Replace("\"administrativeDivisionCode\": \"360926\"", $"\"administrativeDivisionCode\": \"{code}\"");
        Assert.False(ReportJson.TryRead(json, out _, out var f));
        var schema = ReportValidator.ValidateJson(Encoding.UTF8.GetBytes(json)).Findings;

        Assert.Equal(JsonReadKeywords.Format, f.Keyword);
        Assert.All(schema, s => Assert.Contains($"\"{new string('1', 24)}…{new string('1', 7)}x\"", s.MessageEn));
        Assert.Equal($"/metadata/administrativeDivisionCode: an administrative division code is 6 digits (found \"{new string('1', 24)}…{new string('1', 7)}x\")", f.MessageEn);
    }

    /// <summary>An endless stream of one byte, counting what is read.</summary>
    private sealed class Endless : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'0', offset, count);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void An_endless_stream_is_a_size_finding_after_reading_just_past_the_limit()
    {
        var options = new ReportReadOptions { MaxSize = 4 * 1024 * 1024 };
        var stream = new Endless();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = ReportValidator.ValidateJson(stream, null, options);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var f = Assert.Single(result.Findings);
        Assert.Equal(RuleIds.Json, f.RuleId);
        Assert.Equal(JsonReadKeywords.Size, f.Keyword);
        Assert.Equal(string.Empty, f.Pointer);
        Assert.Equal("the input is larger than the limit of 4 MiB; it was not read further", f.MessageEn);
        Assert.Equal("输入超过大小上限 4 MiB，未继续读取", f.MessageZh);
        Assert.InRange(stream.BytesRead, options.MaxSize + 1, options.MaxSize + (1 << 17));
        Assert.True(allocated < 2 * options.MaxSize, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void Every_stream_entry_point_applies_the_default_limit()
    {
        Assert.Equal(32L * 1024 * 1024, ReportReadOptions.Default.MaxSize);
        var thrown = Assert.Throws<ReportReadException>(() => ReportJson.Read(new Endless(), new ReportReadOptions { MaxSize = 1000 }));
        Assert.Equal(JsonReadKeywords.Size, thrown.Finding.Keyword);
        var stream = new Endless();
        Assert.Equal(JsonReadKeywords.Size, Assert.Single(ReportSchema.Evaluate(stream).Findings).Keyword);
        Assert.InRange(stream.BytesRead, ReportReadOptions.DefaultMaxSize + 1, ReportReadOptions.DefaultMaxSize + (1 << 17));
    }

    [Fact]
    public void A_seekable_stream_longer_than_the_limit_is_not_read_at_all()
    {
        using var stream = new MemoryStream(TestFiles.TongguBytes());
        var result = ReportValidator.ValidateJson(stream, null, new ReportReadOptions { MaxSize = 100 });
        Assert.Equal(JsonReadKeywords.Size, Assert.Single(result.Findings).Keyword);
        Assert.Equal(0, stream.Position);
    }

    /// <summary>A seekable stream that states a length other than what it holds (a file written to, or cut, while it is read).</summary>
    private sealed class MisstatedLength : MemoryStream
    {
        private readonly long _stated;

        public MisstatedLength(byte[] bytes, long stated)
            : base(bytes, writable: false) => _stated = stated;

        public override long Length => _stated;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    [InlineData(90_000)]
    public void A_stream_that_holds_more_than_its_stated_length_is_read_to_its_end(int stated)
    {
        var bytes = TestFiles.TongguBytes();
        using var stream = new MisstatedLength(bytes, stated);
        var read = BoundedStream.ReadAll(stream, null, out var tooLarge);
        Assert.Null(tooLarge);
        Assert.Equal(bytes, read);
    }

    [Fact]
    public void A_stream_that_grows_past_the_limit_after_stating_a_small_length_is_a_size_finding()
    {
        var bytes = TestFiles.TongguBytes();
        using var stream = new MisstatedLength(bytes, 10);
        var result = ReportValidator.ValidateJson(stream, null, new ReportReadOptions { MaxSize = 1000 });
        Assert.Equal(JsonReadKeywords.Size, Assert.Single(result.Findings).Keyword);
    }

    [Fact]
    public void A_file_is_read_into_one_array_of_its_size()
    {
        var bytes = TestFiles.TongguBytes();
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, bytes);
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            BoundedStream.ReadAll(stream, null, out _); // the first call's one-time costs
            stream.Position = 0;
            var before = GC.GetAllocatedBytesForCurrentThread();
            var read = BoundedStream.ReadAll(stream, null, out var tooLarge);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Null(tooLarge);
            Assert.Equal(bytes, read);
            Assert.InRange(allocated, bytes.Length, bytes.Length + 512);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_stream_within_the_limit_is_read_like_bytes()
    {
        using var stream = new MemoryStream(TestFiles.TongguBytes());
        var result = ReportValidator.ValidateJson(stream, null, new ReportReadOptions { MaxSize = TestFiles.TongguBytes().Length });
        Assert.NotNull(result.Report);
        Assert.Equal(ReportValidator.ValidateJson(TestFiles.TongguBytes()).Findings, result.Findings);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.Json);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(int.MaxValue)]
    public void A_maximum_size_out_of_range_is_refused(long value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportReadOptions { MaxSize = value });
    }
}
