using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using CsCheck;
using GovDisclosure.Model.Narratives;
using GovDisclosure.Model.Tests.Support;
using GovDisclosure.Model.Validation;
using Xunit;

namespace GovDisclosure.Model.Tests.Narratives;

/// <summary>The extraction on arbitrary text: it never throws, its ranges are inside the text, and its work grows linearly.</summary>
public class NarrativePropertyTests
{
    /// <summary>Text made of the pieces narratives are made of (keywords, numerals, units, punctuation) and of anything else.</summary>
    private static readonly string[] Pieces =
    [
        "受理", "收到", "申请", "依申请公开", "办结", "答复", "上年度结转", "结转下年度", "顺延到下年度", "其中", "自然人", "商业企业", "其他",
        "法律服务机构", "行政复议", "行政诉讼", "复议后起诉", "未经复议直接起诉", "结果维持", "尚未审结", "均获维持", "均已结案", "规章", "行政规范性文件",
        "现行有效", "制发", "废止", "行政许可", "行政处罚", "行政事业性收费", "信息处理费", "收取", "发出收费通知", "同比", "较上年", "增加", "约", "余",
        "以上", "等", "部门", "事项", "件", "个", "元", "万元", "%", "％", "年", "第", "“", "”", "，", "、", "。", "；", "（", "）", "\n", " ",
        "0", "7", "12", "3,119", "１２", "2021", "20-30", "九", "十二", "一百零三", "两千", "二〇三五", "亿亿亿亿亿亿亿亿", "99999999999999999999999999999", "1.5", "．",
    ];

    private static readonly Gen<string> NarrativeText = Gen.Frequency(
        (3, Gen.Int[0, Pieces.Length - 1].Array[0, 60].Select(ix => string.Concat(ix.Select(i => Pieces[i])))),
        (1, Gen.Char.Array[0, 80].Select(c => new string(c))),
        (1, Gen.Char['\u4e00', '\u9fa5'].Array[0, 80].Select(c => new string(c))));

    [Fact]
    public void Extraction_never_throws_and_every_range_quotes_its_paragraph()
    {
        Gen.Select(NarrativeText, NarrativeText, Gen.Int[2019, 2030]).Sample((a, b, year) =>
        {
            var report = TestReports.Consistent() with
            {
                Metadata = new ReportMetadata { AgencyName = "某某县人民政府", ReportYear = year },
                Overview = Narrative.Of(NarrativeParagraph.Of(a), NarrativeParagraph.Of(b)),
            };

            var figures = NarrativeFigures.Extract(report);
            foreach (var f in figures)
            {
                var text = f.Pointer == "/overview/paragraphs/0/text" ? a : f.Pointer == "/overview/paragraphs/1/text" ? b : null;
                if (text is null)
                {
                    continue;
                }

                Assert.InRange(f.Start, 0, text.Length);
                Assert.InRange(f.Length, 1, text.Length - f.Start);
                Assert.Equal(f.Text, text.Substring(f.Start, f.Length));
                Assert.Contains(f.Sentence.Trim(), text);
            }

            // The check on top never throws either, and its findings point at cells and name the paragraph first.
            foreach (var finding in ReportValidator.Validate(report).Findings.Where(x => x.RuleId == RuleIds.TextTableMismatch))
            {
                Assert.True(ReportCells.TryFind(ReportFormat.Format2021, finding.Pointer, out _), finding.Pointer);
                Assert.StartsWith("/", finding.Related[0]);
                Assert.NotEqual(finding.Expected, finding.Actual);
            }
        }, iter: 2000);
    }

    /// <summary>
    /// A 10 MB narrative (the figure-dense sentences of real reports repeated) is read in bounded time, and the time per
    /// character does not grow with the length: 10 MB costs no more than 10 × the time of 1 MB, with a generous margin.
    /// </summary>
    [Fact]
    public void Extraction_is_linear_in_the_length_of_the_text()
    {
        const string unit = "2021年共受理依申请公开9件，其中自然人8件，商业企业0件，其他0件。本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。"
            + "政府信息公开行政复议 351件，其中结果维持 72 件，尚未审结 37 件；信息公开类行政复议7件，诉讼9件，均获维持。集中公开现行有效行政规范性文件698件，"
            + "较上年同期增长31.6%，约30余件，一二三四五六七八九十百千万亿，，，，、、、、“”“”申请申请申请";
        string Make(int chars)
        {
            var text = new StringBuilder(chars + unit.Length);
            while (text.Length < chars)
            {
                text.Append(unit);
            }

            return text.ToString();
        }

        // No sentence end at all: one 10 MB sentence must not make the work quadratic either.
        var oneSentence = new string('申', 5_000_000) + "受理" + new string('9', 5_000_000) + "件";

        var small = Make(1_000_000);
        var large = Make(10_000_000);
        Count(small); // warm up

        var smallTime = Time(() => Count(small));
        var largeTime = Time(() => Count(large));
        var sentenceTime = Time(() => Count(oneSentence));

        Assert.True(largeTime < TimeSpan.FromSeconds(20), $"10 MB took {largeTime}");
        Assert.True(sentenceTime < TimeSpan.FromSeconds(20), $"one 10 MB sentence took {sentenceTime}");
        Assert.True(largeTime.Ticks < (smallTime.Ticks * 10 * 4) + TimeSpan.FromMilliseconds(500).Ticks, $"1 MB: {smallTime}, 10 MB: {largeTime}");
        Assert.True(Count(large) > 10 * (Count(small) - 20));
    }

    private static int Count(string text)
    {
        List<NarrativeFigure>? found = null;
        NarrativeFigures.Paragraph(text, "/overview/paragraphs/0/text", 2021, ref found);
        return found?.Count ?? 0;
    }

    private static TimeSpan Time(Action action)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            watch.Stop();
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        return best;
    }
}
