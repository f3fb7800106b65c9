using System;
using System.Linq;
using CsCheck;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Tests.Support;
using GovDisclosure.Model.Validation;
using Xunit;

namespace GovDisclosure.Model.Tests.Schema;

/// <summary>The end-to-end entry point takes any bytes: it never throws, and a rejected document always says why and where.</summary>
public class EndToEndRobustnessTests
{
    private readonly record struct Edit(int At, byte Value, int Length);

    [Fact]
    public void Corrupted_bytes_give_findings_never_exceptions()
    {
        var original = TestFiles.TongguBytes();
        Gen.Select(Gen.Int[0, original.Length - 1], Gen.Byte, Gen.Int[1, 3], (a, v, l) => new Edit(a, v, l)).Array[1, 4].Sample(edits =>
        {
            var bytes = (byte[])original.Clone();
            foreach (var e in edits)
            {
                for (var i = e.At; i < Math.Min(bytes.Length, e.At + e.Length); i++)
                {
                    bytes[i] = e.Value;
                }
            }

            var result = ReportValidator.ValidateJson(bytes);
            var readable = ReportJson.TryRead(bytes, out _, out _);

            Assert.Equal(readable, result.Report is not null);
            if (!readable)
            {
                Assert.True(result.HasErrors);
                Assert.All(result.Findings, f =>
                {
                    Assert.Contains(f.RuleId, new[] { RuleIds.Json, RuleIds.Schema });
                    Assert.True(f.Pointer.Length == 0 || f.Pointer[0] == '/', f.Pointer);
                    Assert.False(string.IsNullOrWhiteSpace(f.MessageZh));
                    Assert.False(string.IsNullOrWhiteSpace(f.MessageEn));
                });
            }
        }, iter: 300);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"2021\"")]
    [InlineData("{}")]
    [InlineData("{\"formatVersion\":\"2021\"}")]
    public void Documents_that_are_not_reports_are_errors_at_the_root(string json)
    {
        var result = ReportValidator.ValidateJson(System.Text.Encoding.UTF8.GetBytes(json));

        Assert.True(result.HasErrors);
        Assert.Null(result.Report);
        Assert.Contains(result.Findings, f => f.Pointer.Length == 0);
    }
}
