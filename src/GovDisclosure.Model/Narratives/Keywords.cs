using System;
using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Model.Narratives;

/// <summary>What a keyword of the narrative tells about the figure that follows it.</summary>
internal enum KeywordKind : byte
{
    /// <summary>Consumed so that a shorter keyword inside it is not read (e.g. <c>政务公开</c>).</summary>
    Neutral,
    Topic,
    Verb,
    Applicant,

    /// <summary><c>其他</c>: an applicant kind only in a sentence that already lists applicant kinds.</summary>
    OtherApplicant,
    Case,
    Implied,
    PreviousYear,
    Change,
    Scope,
    Aggregate,
}

/// <summary>What a figure is about, as its topic keyword says.</summary>
internal enum Topic : byte
{
    None,

    /// <summary>Words that say the number counts something else (<c>事项</c>, <c>信息</c>, <c>部门规范性文件</c>…): no figure.</summary>
    Blocker,
    Applications,
    Review,
    Lawsuit,
    LawsuitDirect,
    LawsuitAfterReview,
    Regulations,
    NormativeDocuments,
    Licensing,
    Penalty,
    Coercive,
    AdministrativeFees,
    ProcessingFees,
    FeeNotices,
}

/// <summary>What a figure says happened, as its verb says.</summary>
internal enum Verb : byte
{
    None,
    Receive,
    NewReceive,
    CarryOver,
    Process,
    Handle,
    CarryForward,
    Disclosed,
    Partial,
    DisclosedOrPartial,
    NotDisclosed,
    Unable,
    NotProcessed,
    OtherHandling,
    Issue,
    Repeal,
    InForce,
    Publish,
    Collect,
}

internal readonly struct Keyword
{
    public Keyword(string text, KeywordKind kind, byte value)
    {
        Text = text;
        Kind = kind;
        Value = value;
    }

    public string Text { get; }

    public KeywordKind Kind { get; }

    public byte Value { get; }
}

/// <summary>
/// The words that say what a number in a report's narrative counts, matched longest first at each position. The first
/// character of each keyword indexes a 64K table, so a lookup is one array read.
/// </summary>
internal static class Keywords
{
    private static readonly Bucket[] ByFirst;
    private static readonly byte[] Index = new byte[65536];

    static Keywords()
    {
        var all = new List<Keyword>();
        void Add(KeywordKind kind, byte value, params string[] words)
        {
            foreach (var w in words)
            {
                all.Add(new Keyword(w, kind, value));
            }
        }

        void T(Topic topic, params string[] words) => Add(KeywordKind.Topic, (byte)topic, words);
        void V(Verb verb, params string[] words) => Add(KeywordKind.Verb, (byte)verb, words);
        void A(ApplicantKind kind, params string[] words) => Add(KeywordKind.Applicant, (byte)kind, words);
        void C(CaseResult result, params string[] words) => Add(KeywordKind.Case, (byte)result, words);

        Add(KeywordKind.Neutral, 0, "政务公开", "信息公开", "政府信息公开", "申请人", "公开属性", "公开平台", "公开专栏", "公开栏目", "公开目录", "公开指南", "主动公开目录", "公开为常态", "不公开为例外");
        T(Topic.Applications, "申请", "依申请公开", "依申请", "公开申请", "信息公开申请", "政府信息公开申请", "申请公开", "依申请件", "依申请公开件");
        T(Topic.Blocker, "行政许可申请", "许可申请", "事项", "项目", "清单", "信息", "来信", "信访", "咨询", "留言", "热线", "解读", "新闻发布", "新媒体", "网站", "栏目", "培训", "检查", "文件", "部门规章", "部门规范性文件", "部门行政规范性文件", "规章制度", "未按收费通知", "案卷", "建议", "提案", "会议", "公报");
        T(Topic.Review, "行政复议", "复议", "复议申请", "行政复议申请", "申请行政复议", "复议案件", "行政复议案件");
        T(Topic.Lawsuit, "行政诉讼", "诉讼", "起诉", "应诉", "行政应诉", "诉讼案件", "行政诉讼案件");
        T(Topic.LawsuitDirect, "直接起诉", "未经复议直接起诉", "直接向人民法院起诉", "直接提起行政诉讼", "直接提起诉讼");
        T(Topic.LawsuitAfterReview, "复议后起诉", "经复议后起诉", "复议后提起诉讼", "复议后提起行政诉讼");
        T(Topic.Regulations, "规章", "政府规章");
        T(Topic.NormativeDocuments, "行政规范性文件", "规范性文件");
        T(Topic.Licensing, "行政许可");
        T(Topic.Penalty, "行政处罚", "处罚决定");
        T(Topic.Coercive, "行政强制");
        T(Topic.AdministrativeFees, "行政事业性收费");
        T(Topic.ProcessingFees, "信息处理费");
        T(Topic.FeeNotices, "发出收费通知", "发放收费通知", "出具收费通知", "收费通知书", "发出缴费通知");

        V(Verb.Receive, "收到", "受理", "接收", "接到", "收悉");
        V(Verb.NewReceive, "新收", "新受理", "新增");
        V(Verb.CarryOver, "上年结转", "上年度结转", "上一年度结转", "上一年结转", "去年结转", "往年结转");
        V(Verb.Process, "办理", "处理");
        V(Verb.Handle, "办结", "答复", "办理完毕", "处理完毕", "已办结", "作出答复", "完成答复");
        V(Verb.CarryForward, "结转下年度", "结转至下年度", "结转到下年度", "结转下一年度", "结转下年", "顺延到下年度", "顺延至下年度", "顺延到下一年度", "转入下年度", "延至下年度", "转结下年度");
        V(Verb.Disclosed, "予以公开", "同意公开");
        V(Verb.Partial, "部分公开");
        V(Verb.DisclosedOrPartial, "予以公开及部分公开", "予以公开和部分公开", "公开及部分公开", "予以公开或部分公开");
        V(Verb.NotDisclosed, "不予公开");
        V(Verb.Unable, "无法提供");
        V(Verb.NotProcessed, "不予处理");
        V(Verb.OtherHandling, "其他处理");
        V(Verb.Issue, "制发", "印发", "制定", "出台", "发布", "新制定", "新出台", "新制发");
        V(Verb.Repeal, "废止", "宣布失效", "予以废止");
        V(Verb.InForce, "现行有效");
        V(Verb.Publish, "公开", "主动公开", "公布");
        V(Verb.Collect, "收取", "收缴", "实收");

        A(ApplicantKind.NaturalPersons, "自然人");
        A(ApplicantKind.CommercialEnterprises, "商业企业", "企业");
        A(ApplicantKind.ResearchInstitutions, "科研机构");
        A(ApplicantKind.PublicWelfareOrganizations, "社会公益组织", "公益组织");
        A(ApplicantKind.LegalServiceAgencies, "法律服务机构", "律师事务所");
        A(ApplicantKind.LegalPersonsAndOtherOrganizations, "法人或其他组织", "法人和其他组织", "法人及其他组织", "法人或者其他组织", "法人");
        Add(KeywordKind.OtherApplicant, (byte)ApplicantKind.OtherOrganizations, "其他", "其他组织");

        C(CaseResult.Upheld, "结果维持", "维持");
        C(CaseResult.Corrected, "结果纠正", "纠正");
        C(CaseResult.Other, "其他结果");
        C(CaseResult.Pending, "尚未审结", "未审结", "尚未结案", "未结案", "审理中", "正在审理");
        Add(KeywordKind.Implied, (byte)CaseResult.Upheld, "均获维持", "均被维持", "全部维持", "均维持", "均予维持", "均获得维持");
        Add(KeywordKind.Implied, (byte)CaseResult.Pending, "均已结案", "均已审结", "全部审结", "全部结案", "均已办结");

        Add(KeywordKind.PreviousYear, 0, "同比", "上年", "上一年", "去年", "上年度", "上年同期", "较上年", "比上年", "较去年", "比去年", "前一年", "上一年度", "往年");
        Add(KeywordKind.Change, 0, "增加", "增长", "减少", "下降", "上升", "回落", "降低", "提高", "增幅", "降幅", "持平", "多出", "增多");
        Add(KeywordKind.Scope, 0, "其中", "包括", "含", "包含", "涉及");
        Add(KeywordKind.Aggregate, 0, "等");

        // Index by the first character; within it, by the second (a linear look over a few characters), longest first.
        var groups = new Dictionary<char, List<Keyword>>();
        foreach (var k in all)
        {
            if (!groups.TryGetValue(k.Text[0], out var list))
            {
                groups.Add(k.Text[0], list = new List<Keyword>());
            }

            list.Add(k);
        }

        ByFirst = new Bucket[groups.Count + 1];
        ByFirst[0] = new Bucket(Array.Empty<char>(), Array.Empty<Keyword[]>(), null);
        var i = 1;
        foreach (var pair in groups)
        {
            var seconds = new List<char>();
            var lists = new List<List<Keyword>>();
            Keyword? single = null;
            foreach (var k in pair.Value)
            {
                if (k.Text.Length == 1)
                {
                    single = k;
                    continue;
                }

                var at = seconds.IndexOf(k.Text[1]);
                if (at < 0)
                {
                    seconds.Add(k.Text[1]);
                    lists.Add(new List<Keyword>());
                    at = seconds.Count - 1;
                }

                lists[at].Add(k);
            }

            foreach (var list in lists)
            {
                list.Sort((a, b) => b.Text.Length.CompareTo(a.Text.Length));
            }

            ByFirst[i] = new Bucket(seconds.ToArray(), lists.Select(l => l.ToArray()).ToArray(), single);
            Index[pair.Key] = checked((byte)i);
            i++;
        }
    }

    private sealed class Bucket
    {
        public Bucket(char[] seconds, Keyword[][] bySecond, Keyword? single)
        {
            Seconds = seconds;
            BySecond = bySecond;
            Single = single;
        }

        public char[] Seconds { get; }

        public Keyword[][] BySecond { get; }

        public Keyword? Single { get; }
    }

    /// <summary>The longest keyword at <paramref name="position"/> of <paramref name="text"/> that ends by <paramref name="end"/>.</summary>
    public static bool TryMatch(string text, int position, int end, out Keyword keyword)
    {
        var index = Index[text[position]];
        if (index != 0)
        {
            var bucket = ByFirst[index];
            if (position + 1 < end)
            {
                var second = text[position + 1];
                var seconds = bucket.Seconds;
                for (var s = 0; s < seconds.Length; s++)
                {
                    if (seconds[s] != second)
                    {
                        continue;
                    }

                    foreach (var candidate in bucket.BySecond[s])
                    {
                        var word = candidate.Text;
                        var length = word.Length;
                        if (position + length > end)
                        {
                            continue;
                        }

                        var k = 2;
                        while (k < length && text[position + k] == word[k])
                        {
                            k++;
                        }

                        if (k == length)
                        {
                            keyword = candidate;
                            return true;
                        }
                    }

                    break;
                }
            }

            if (bucket.Single is { } single)
            {
                keyword = single;
                return true;
            }
        }

        keyword = default;
        return false;
    }
}
