using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace GovDisclosure.Model.Narratives;

/// <summary>
/// Finds the figures a report's narrative states about what its tables count: applications received, finished and carried
/// over, outcomes, reconsiderations and lawsuits, documents issued, repealed and in force, decisions, and fees.
/// </summary>
/// <remarks>
/// <para>
/// A figure is a number (Arabic, with thousands separators and full-width digits, or Chinese: <c>九件</c>, <c>一百零三件</c>)
/// followed by a unit (<c>件</c>, <c>个</c>, <c>元</c>, <c>万元</c>, <c>%</c>…), with words before it in the same sentence that say
/// what it counts (<c>受理…申请</c>, <c>办结</c>, <c>其中自然人</c>, <c>行政复议</c>, <c>现行有效…规范性文件</c>…) or, for what is carried
/// forward, words after it (<c>1件结转下年度继续办理</c>). Numbers that count something else (<c>主动公开政府信息2645条</c>,
/// <c>行政许可事项</c>, <c>部门规范性文件</c>) are left out. Years, percentages, changes (<c>增加3件</c>), ranges and approximate figures
/// (<c>约</c>, <c>余</c>, <c>以上</c>) are recognised and marked as such; a figure about another year (<c>同比</c>, <c>较上年</c>, or another
/// year named in the sentence) is marked too.
/// </para>
/// <para>
/// Sections 一、总体情况, 五、存在的主要问题及改进情况 and 六、其他需要报告的事项 are read, paragraph by paragraph. The work is linear in the
/// length of the text. Never throws for any text.
/// </para>
/// </remarks>
public static class NarrativeFigures
{
    /// <summary>Every figure the report's narrative sections state about what its tables count, in document order.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The figures.</returns>
    public static EquatableArray<NarrativeFigure> Extract(AnnualReport report)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        List<NarrativeFigure>? found = null;
        ExtractAll(report, ref found);
        return found is null ? EquatableArray<NarrativeFigure>.Empty : new EquatableArray<NarrativeFigure>(found.ToImmutableArray());
    }

    internal static void ExtractAll(AnnualReport report, ref List<NarrativeFigure>? found)
    {
        var year = report.Metadata.ReportYear;
        Section(report.Overview.Paragraphs, OverviewPointers, year, ref found);
        Section(report.ProblemsAndImprovements.Paragraphs, ProblemsPointers, year, ref found);
        Section(report.OtherMatters.Paragraphs, OtherPointers, year, ref found);
    }

    private static readonly PointerCache OverviewPointers = new("/overview/paragraphs/");
    private static readonly PointerCache ProblemsPointers = new("/problemsAndImprovements/paragraphs/");
    private static readonly PointerCache OtherPointers = new("/otherMatters/paragraphs/");

    private static void Section(EquatableArray<NarrativeParagraph> paragraphs, PointerCache pointers, int year, ref List<NarrativeFigure>? found)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var text = paragraphs[i]?.Text;
            if (!string.IsNullOrEmpty(text))
            {
                Paragraph(text!, pointers, i, year, ref found);
            }
        }
    }

    /// <summary>Extracts the figures of one paragraph text; <paramref name="pointer"/> names it in the figures.</summary>
    internal static void Paragraph(string text, string pointer, int reportYear, ref List<NarrativeFigure>? found) =>
        new Scanner(text, reportYear, null, 0, pointer).Run(ref found);

    private static void Paragraph(string text, PointerCache pointers, int index, int reportYear, ref List<NarrativeFigure>? found) =>
        new Scanner(text, reportYear, pointers, index, null).Run(ref found);

    /// <summary>Paragraph pointers, made once per index.</summary>
    private sealed class PointerCache
    {
        private readonly string _prefix;
        private string[] _cache = new string[16];

        public PointerCache(string prefix) => _prefix = prefix;

        public string Get(int index)
        {
            var cache = _cache;
            if (index < cache.Length && cache[index] is { } hit)
            {
                return hit;
            }

            var made = _prefix + index.ToString(CultureInfo.InvariantCulture) + "/text";
            if (index < 4096)
            {
                if (index >= cache.Length)
                {
                    Array.Resize(ref cache, Math.Max(index + 1, cache.Length * 2));
                }

                cache[index] = made;
                _cache = cache;
            }

            return made;
        }
    }

    /// <summary>What the words before a number say.</summary>
    private struct Window
    {
        public Topic Topic;
        public int TopicAt;
        public Verb Verb;
        public int VerbAt;
        public ApplicantKind? Applicant;
        public int ApplicantAt;
        public CaseResult? Case;
        public int CaseAt;
        public bool OtherApplicant;
        public int OtherApplicantAt;
        public bool PreviousYear;
        public bool Change;
        public bool Scope;
        public int AggregateAt;
        public CaseResult? Implied;
        public int ImpliedAt;
        public int ImpliedEnd;
    }

    /// <summary>The state of one paragraph's scan.</summary>
    private struct Scanner
    {
        private const int MaxWindow = 40;
        private const int MaxPost = 16;

        private readonly string _text;
        private readonly int _reportYear;
        private readonly PointerCache? _pointers;
        private readonly int _index;
        private string? _pointer;

        // Paragraph state.
        private Topic _paragraphTopic;

        // Sentence state.
        private int _sentenceStart;
        private int _sentenceYear;
        private bool _scope;
        private bool _applicantListed;
        private Topic _lastTopic;
        private Verb _lastVerb;
        private FigureSubject? _parentSubject;
        private int _sentenceFirstFigure;
        private int _lastFigureEnd;
        private string? _sentenceText;
        private int _sentenceTextStart;

        public Scanner(string text, int reportYear, PointerCache? pointers, int index, string? pointer)
        {
            _text = text;
            _reportYear = reportYear;
            _pointers = pointers;
            _index = index;
            _pointer = pointer;
            _paragraphTopic = Topic.None;
            _sentenceStart = 0;
            _sentenceYear = 0;
            _scope = false;
            _applicantListed = false;
            _lastTopic = Topic.None;
            _lastVerb = Verb.None;
            _parentSubject = null;
            _sentenceFirstFigure = -1;
            _lastFigureEnd = -1;
            _sentenceText = null;
            _sentenceTextStart = -1;
        }

        private string Pointer => _pointer ??= _pointers!.Get(_index);

        public void Run(ref List<NarrativeFigure>? found)
        {
            var text = _text;
            var end = text.Length;
            var windowStart = 0;
            var pos = 0;
            while (pos < end)
            {
                // The next sentence end, digit or Chinese numeral.
                var i = CharClass.NextCandidate(text, pos);
                if (i < 0)
                {
                    break;
                }

                if (CharClass.Is(text[i], CharClass.SentenceEnd))
                {
                    EndSentence(i, ref found);
                    pos = i + 1;
                    _sentenceStart = pos;
                    windowStart = pos;
                    continue;
                }

                var arabic = CharClass.Is(text[i], CharClass.Digit);

                // Chinese numerals are everywhere in prose (进一步, 一是, 统一): skip a run at once unless a unit follows it.
                if (!arabic && !UnitFollowsChineseRun(text, i, end, out var runEnd))
                {
                    pos = runEnd;
                    continue;
                }

                // A number: read it, then what follows it.
                var numberStart = i;
                decimal value;
                int decimals = 0;
                int numberEnd;
                if (arabic)
                {
                    numberEnd = Numerals.ReadArabic(text, i, end, out value, out decimals);
                }
                else
                {
                    // 第三, 三三两两, “三个一” (a slogan, not a count).
                    if (i > 0 && (text[i - 1] is '第' or '“' or '"' or '「' or '《' || Numerals.IsChineseNumeral(text[i - 1])))
                    {
                        pos = i + 1;
                        continue;
                    }

                    numberEnd = Numerals.ReadChinese(text, i, end, out value);
                }

                if (numberEnd <= numberStart)
                {
                    pos = i + 1;
                    continue;
                }

                Number(numberStart, numberEnd, value, decimals, arabic, windowStart, ref found, out var consumed);
                pos = Math.Max(consumed, numberEnd);
                windowStart = pos;
            }

            EndSentence(end, ref found);
        }

        private static bool IsSentenceEnd(char c) => CharClass.Is(c, CharClass.SentenceEnd);

        private static bool IsClauseEnd(char c) => CharClass.Is(c, CharClass.ClauseEnd);

        private static bool UnitFollowsChineseRun(string text, int start, int end, out int runEnd)
        {
            var i = start;
            while (i < end && CharClass.Is(text[i], CharClass.ChineseNumeral))
            {
                i++;
            }

            runEnd = i;
            var j = i;
            while (j < end && text[j] is ' ' or '\u3000')
            {
                j++;
            }

            if (j < end && text[j] is '余' or '多' or '来')
            {
                j++;
            }

            // A run ending in 万/亿 before 元 leaves them to the unit (二十万元).
            return (j < end && CharClass.Is(text[j], CharClass.UnitStart)) || (i - 1 > start && text[i - 1] is '万' or '亿' && j < end && text[j] == '元');
        }

        private void Number(int numberStart, int numberEnd, decimal value, int decimals, bool arabic, int windowStart, ref List<NarrativeFigure>? found, out int consumed)
        {
            var text = _text;
            var end = text.Length;
            consumed = numberEnd;

            // A year: 2021年 sets the year the sentence is about.
            var j = SkipSpaces(numberEnd);
            if (j < end && text[j] == '年' && decimals == 0 && value is >= 1990 and <= 2100 && numberEnd - numberStart == 4)
            {
                _sentenceYear = (int)value;
                consumed = j + 1;
                return;
            }

            // A range: 5-8件, 5至8件.
            decimal? upper = null;
            if (j < end && text[j] is '-' or '－' or '～' or '~' or '至' or '到' or '—' && arabic)
            {
                var k = SkipSpaces(j + 1);
                if (k < end && Numerals.IsDigit(text[k]))
                {
                    var e = Numerals.ReadArabic(text, k, end, out var high, out _);
                    upper = high;
                    j = SkipSpaces(e);
                    numberEnd = e;
                }
            }

            // 余 / 多 / 来 between number and unit.
            var approximate = false;
            if (j < end && text[j] is '余' or '多' or '来')
            {
                approximate = true;
                j = SkipSpaces(j + 1);
            }

            // 万 / 亿 multipliers after Arabic digits (180万次), unless the unit is 万元 / 亿元.
            if (arabic && j + 1 < end && (text[j] == '万' || text[j] == '亿') && text[j + 1] != '元')
            {
                value *= text[j] == '万' ? 10_000m : 100_000_000m;
                j = SkipSpaces(j + 1);
                if (j < end && text[j] is '余' or '多')
                {
                    approximate = true;
                    j = SkipSpaces(j + 1);
                }
            }

            var unit = Unit(j);
            if (unit is null)
            {
                return;
            }

            var unitEnd = j + unit.Length;
            consumed = unitEnd;

            // 项 and 人次 count nothing the tables count (事项, 人次): no need to read the words before.
            if (unit is "项" or "人次")
            {
                return;
            }

            // 三个一, 一件事一次办: a Chinese numeral and unit run on into another numeral or word — a slogan, not a count.
            if (!arabic && unitEnd < end && Numerals.IsChineseNumeral(text[unitEnd]))
            {
                return;
            }

            var kind = unit is "%" or "％" or "个百分点" ? FigureKind.Percentage : FigureKind.Exact;

            // After the unit: 以上, 左右 …; 结转下年度; 申请.
            var post = SkipSpaces(unitEnd);
            if (post + 1 < end && IsApproximateSuffix(text, post))
            {
                approximate = true;
            }

            var w = Scan(Math.Max(windowStart, Math.Max(_sentenceStart, numberStart - MaxWindow)), numberStart);
            var postVerb = Verb.None;
            var postTopic = Topic.None;
            var postEnd = unitEnd;
            for (var k = unitEnd; k < end && k < unitEnd + MaxPost;)
            {
                var ch = text[k];
                if (IsClauseEnd(ch) || IsSentenceEnd(ch) || Numerals.IsDigit(ch))
                {
                    break;
                }

                if (Keywords.TryMatch(text, k, end, out var kw))
                {
                    if (kw.Kind == KeywordKind.Verb && (Verb)kw.Value == Verb.CarryForward)
                    {
                        postVerb = Verb.CarryForward;
                        postEnd = k + kw.Text.Length;
                        break;
                    }

                    if (kw.Kind == KeywordKind.Topic && (Topic)kw.Value == Topic.Applications && k == SkipSpaces(unitEnd))
                    {
                        postTopic = Topic.Applications;
                        postEnd = k + kw.Text.Length;
                    }

                    k += kw.Text.Length;
                }
                else
                {
                    k++;
                }
            }

            if (w.Scope)
            {
                _scope = true;
            }

            if (w.Implied is { } impliedResult)
            {
                Imply(impliedResult, w.ImpliedAt, w.ImpliedEnd, ref found);
            }

            // Approximate prefixes: 约, 近, 超过, 逾, 不足 … right before the number.
            if (IsApproximatePrefix(text, numberStart, Math.Max(windowStart, _sentenceStart)))
            {
                approximate = true;
            }

            // Topic: the words before; else a topic right after the unit (70件申请); else this sentence's, else this paragraph's.
            var topic = w.Topic;
            var topicAt = w.TopicAt;
            var explicitTopic = topic != Topic.None;
            if (topic == Topic.Blocker || (explicitTopic && w.AggregateAt > topicAt))
            {
                return;
            }

            if (!explicitTopic && postTopic != Topic.None)
            {
                topic = postTopic;
                topicAt = numberStart;
                explicitTopic = true;
            }

            var verb = postVerb != Verb.None ? postVerb : w.Verb;
            var applicant = w.Applicant;
            var applicantAt = w.ApplicantAt;
            if (applicant is null && w.OtherApplicant && _applicantListed)
            {
                applicant = ApplicantKind.OtherOrganizations;
                applicantAt = w.OtherApplicantAt;
            }

            var caseResult = w.Case;
            var breakdown = applicant is not null || caseResult is not null;

            // 同比增加3件 after a figure: a change of that figure.
            var relative = !explicitTopic && verb == Verb.None && !breakdown && (w.Change || w.PreviousYear) && _lastTopic != Topic.None;
            if (!explicitTopic && verb == Verb.None && !breakdown && !relative)
            {
                return;
            }

            if (!explicitTopic)
            {
                topic = _lastTopic != Topic.None ? _lastTopic : _paragraphTopic != Topic.None ? _paragraphTopic : ImpliedTopic(verb);
                if (topic == Topic.None)
                {
                    return;
                }
            }

            if (verb == Verb.None && (breakdown || !explicitTopic || SameGroup(topic, _lastTopic)))
            {
                verb = _lastVerb;
            }

            var subject = SubjectOf(topic, verb);
            if (subject is null || !UnitFits(topic, unit))
            {
                return;
            }

            if (caseResult is not null && !IsCase(topic))
            {
                caseResult = null;
            }

            if (applicant is not null && !IsApplications(topic))
            {
                applicant = null;
            }

            // Within 其中 / 含 / 涉及: a part of the figure before it of the same kind (by agency, say) is not a figure of the tables.
            if (_scope && applicant is null && caseResult is null && _parentSubject is { } parent
                && (subject == parent || subject is FigureSubject.ApplicationsReceived or FigureSubject.ApplicationsProcessed))
            {
                return;
            }

            if (w.Change)
            {
                kind = kind == FigureKind.Percentage ? kind : FigureKind.Change;
            }
            else if (kind == FigureKind.Exact && upper is not null)
            {
                kind = FigureKind.Range;
            }
            else if (kind == FigureKind.Exact && approximate)
            {
                kind = FigureKind.Approximate;
            }

            var anotherYear = w.PreviousYear || (_sentenceYear != 0 && _sentenceYear != _reportYear);

            // The quoted text: from the first word used in the number's own clause (or, when the clause has none, in the
            // words before it) to the unit or the words after it.
            var clause = numberStart;
            while (clause > windowStart && !IsClauseEnd(text[clause - 1]))
            {
                clause--;
            }

            var quoteStart = numberStart;
            var fallback = numberStart;
            void Use(int at)
            {
                if (at >= 0 && at < numberStart)
                {
                    if (at >= clause && at < quoteStart)
                    {
                        quoteStart = at;
                    }

                    fallback = Math.Min(fallback, at);
                }
            }

            if (explicitTopic && topicAt != numberStart)
            {
                Use(topicAt);
            }

            if (w.Verb != Verb.None)
            {
                Use(w.VerbAt);
            }

            if (applicant is not null)
            {
                Use(applicantAt);
            }

            if (caseResult is not null)
            {
                Use(w.CaseAt);
            }

            if (quoteStart == numberStart)
            {
                quoteStart = fallback;
            }

            var quoteEnd = Math.Max(unitEnd, postEnd);
            (found ??= new List<NarrativeFigure>()).Add(new NarrativeFigure
            {
                Subject = subject.Value,
                Applicant = applicant,
                CaseResult = caseResult,
                Value = value,
                UpperValue = upper,
                Unit = unit,
                Kind = kind,
                AboutAnotherYear = anotherYear,
                Pointer = Pointer,
                Start = quoteStart,
                Length = quoteEnd - quoteStart,
                Text = text.Substring(quoteStart, quoteEnd - quoteStart),
                Sentence = SentenceText(numberStart),
            });
            consumed = Math.Max(consumed, postVerb != Verb.None ? postEnd : unitEnd);

            if (_sentenceFirstFigure < 0)
            {
                _sentenceFirstFigure = found.Count - 1;
            }

            _lastFigureEnd = quoteEnd;
            _lastTopic = topic;
            if (verb != Verb.None && !breakdown)
            {
                _lastVerb = verb;
            }

            if (explicitTopic && topic != Topic.Blocker)
            {
                _paragraphTopic = topic;
            }

            if (applicant is not null)
            {
                _applicantListed = true;
            }
            else if (caseResult is null && !_scope)
            {
                _parentSubject = subject;
            }
        }

        /// <summary>Reads the keywords of <c>[start, end)</c>, the last of each kind winning (a 公开 does not override a more specific verb).</summary>
        private Window Scan(int start, int end)
        {
            var w = new Window { TopicAt = -1, VerbAt = -1, AggregateAt = -1 };
            var text = _text;
            for (var k = start; k < end;)
            {
                if (!Keywords.TryMatch(text, k, end, out var kw))
                {
                    k++;
                    continue;
                }

                switch (kw.Kind)
                {
                    case KeywordKind.Topic:
                        // 未经复议直接起诉的行政诉讼: the specific kind of lawsuit stays.
                        if (!((Topic)kw.Value == Topic.Lawsuit && w.Topic is Topic.LawsuitDirect or Topic.LawsuitAfterReview))
                        {
                            w.Topic = (Topic)kw.Value;
                            w.TopicAt = k;
                        }

                        break;
                    case KeywordKind.Verb:
                        if ((Verb)kw.Value != Verb.Publish || w.Verb == Verb.None)
                        {
                            w.Verb = (Verb)kw.Value;
                            w.VerbAt = k;
                        }

                        break;
                    case KeywordKind.Applicant:
                        w.Applicant = (ApplicantKind)kw.Value;
                        w.ApplicantAt = k;
                        _applicantListed = true;
                        break;
                    case KeywordKind.OtherApplicant:
                        w.OtherApplicant = true;
                        w.OtherApplicantAt = k;
                        break;
                    case KeywordKind.Case:
                        w.Case = (CaseResult)kw.Value;
                        w.CaseAt = k;
                        break;
                    case KeywordKind.Implied:
                        w.Implied = (CaseResult)kw.Value;
                        w.ImpliedAt = k;
                        w.ImpliedEnd = k + kw.Text.Length;
                        break;
                    case KeywordKind.PreviousYear:
                        w.PreviousYear = true;
                        break;
                    case KeywordKind.Change:
                        w.Change = true;
                        break;
                    case KeywordKind.Scope:
                        w.Scope = true;
                        break;
                    case KeywordKind.Aggregate:
                        w.AggregateAt = k;
                        break;
                }

                k += kw.Text.Length;
            }

            return w;
        }

        /// <summary>At the end of a sentence: <c>均获维持</c> / <c>均已结案</c> after its last figure; then reset the sentence state.</summary>
        private void EndSentence(int sentenceEnd, ref List<NarrativeFigure>? found)
        {
            if (_sentenceFirstFigure >= 0 && _lastFigureEnd >= 0 && _lastFigureEnd < sentenceEnd)
            {
                var tail = Scan(_lastFigureEnd, Math.Min(sentenceEnd, _lastFigureEnd + 24));
                if (tail.Implied is { } result)
                {
                    Imply(result, tail.ImpliedAt, tail.ImpliedEnd, ref found);
                }
            }

            _sentenceYear = 0;
            _scope = false;
            _applicantListed = false;
            _lastTopic = Topic.None;
            _lastVerb = Verb.None;
            _parentSubject = null;
            _sentenceFirstFigure = -1;
            _lastFigureEnd = -1;
        }

        /// <summary>均获维持: every case figure of the sentence so far was upheld; 均已结案: none is pending.</summary>
        private void Imply(CaseResult result, int at, int phraseEnd, ref List<NarrativeFigure>? found)
        {
            if (found is null || _sentenceFirstFigure < 0)
            {
                return;
            }

            var count = found.Count;
            for (var f = _sentenceFirstFigure; f < count; f++)
            {
                var figure = found[f];
                if (figure.CaseResult is null && !figure.IsImplied && figure.Kind == FigureKind.Exact && IsCase(figure.Subject))
                {
                    found.Add(figure with
                    {
                        CaseResult = result,
                        Value = result == CaseResult.Upheld ? figure.Value : 0m,
                        IsImplied = true,
                        Start = at,
                        Length = phraseEnd - at,
                        Text = _text.Substring(at, phraseEnd - at),
                    });
                }
            }
        }

        private string SentenceText(int at)
        {
            if (_sentenceText is not null && _sentenceTextStart == _sentenceStart)
            {
                return _sentenceText;
            }

            _sentenceTextStart = _sentenceStart;
            return _sentenceText = MakeSentenceText(at);
        }

        private readonly string MakeSentenceText(int at)
        {
            var text = _text;
            var end = at;
            while (end < text.Length && !IsSentenceEnd(text[end]))
            {
                end++;
            }

            if (end < text.Length && text[end] is not '\n' and not '\r')
            {
                end++;
            }

            var start = _sentenceStart;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            return text.Substring(start, end - start);
        }

        private readonly int SkipSpaces(int i)
        {
            var text = _text;
            while (i < text.Length && text[i] is ' ' or '\u3000' or '\t' or '\u00A0')
            {
                i++;
            }

            return i;
        }

        /// <summary>The unit at <paramref name="j"/>: 件 个 条 项 次 份 宗 起 例 部 篇 元 万元 亿元 人次 % ％ 个百分点, or <see langword="null"/>.</summary>
        private readonly string? Unit(int j)
        {
            var text = _text;
            if (j >= text.Length || !CharClass.Is(text[j], CharClass.UnitStart))
            {
                return null;
            }

            var next = j + 1 < text.Length ? text[j + 1] : '\0';
            switch (text[j])
            {
                case '件':
                    // 一件事: a slogan, not a count.
                    return next == '事' ? null : "件";
                case '个':
                    if (next == '百' && j + 3 < text.Length && text[j + 2] == '分' && text[j + 3] == '点')
                    {
                        return "个百分点";
                    }

                    // 15个工作日, 3个月, 四个季度, 2个小时, 8个方面/领域: not counts of anything in the tables.
                    return next is '月' or '工' or '季' or '小' or '方' or '领' or '百' ? null : "个";
                case '万':
                    return next == '元' ? "万元" : null;
                case '亿':
                    return next == '元' ? "亿元" : null;
                case '人':
                    return next == '次' ? "人次" : null;
                case '条': return "条";
                case '项': return "项";
                case '次': return "次";
                case '份': return "份";
                case '宗': return "宗";
                case '起': return "起";
                case '例': return "例";
                case '部': return "部";
                case '篇': return "篇";
                case '元': return "元";
                case '%': return "%";
                case '％': return "％";
                default: return null;
            }
        }

        private static bool IsApproximateSuffix(string text, int i) =>
            string.CompareOrdinal(text, i, "以上", 0, 2) == 0 || string.CompareOrdinal(text, i, "以下", 0, 2) == 0
            || string.CompareOrdinal(text, i, "左右", 0, 2) == 0 || string.CompareOrdinal(text, i, "上下", 0, 2) == 0
            || string.CompareOrdinal(text, i, "有余", 0, 2) == 0;

        private static bool IsApproximatePrefix(string text, int numberStart, int floor)
        {
            var i = numberStart - 1;
            while (i >= floor && text[i] is ' ' or '\u3000')
            {
                i--;
            }

            if (i < floor)
            {
                return false;
            }

            var c = text[i];
            if (c is '约' or '近' or '逾' or '超')
            {
                return true;
            }

            return i - 1 >= floor && (Ends(text, i, "超过") || Ends(text, i, "不足") || Ends(text, i, "不到") || Ends(text, i, "将近") || Ends(text, i, "接近") || Ends(text, i, "大约") || Ends(text, i, "上千") || Ends(text, i, "近乎"));
        }

        private static bool Ends(string text, int last, string word) => string.CompareOrdinal(text, last - word.Length + 1, word, 0, word.Length) == 0;
    }

    private static Topic ImpliedTopic(Verb verb) => verb switch
    {
        Verb.CarryOver or Verb.CarryForward or Verb.DisclosedOrPartial or Verb.NotDisclosed or Verb.Unable or Verb.NotProcessed or Verb.OtherHandling => Topic.Applications,
        _ => Topic.None,
    };

    private static bool SameGroup(Topic a, Topic b) => a == b || (IsDocuments(a) && IsDocuments(b));

    private static bool IsDocuments(Topic t) => t is Topic.Regulations or Topic.NormativeDocuments;

    private static bool IsApplications(Topic t) => t == Topic.Applications;

    private static bool IsCase(Topic t) => t is Topic.Review or Topic.Lawsuit or Topic.LawsuitDirect or Topic.LawsuitAfterReview;

    internal static bool IsCase(FigureSubject s) => s is FigureSubject.AdministrativeReviews or FigureSubject.Lawsuits or FigureSubject.LawsuitsDirect or FigureSubject.LawsuitsAfterReview;

    private static FigureSubject? SubjectOf(Topic topic, Verb verb) => topic switch
    {
        Topic.Applications => verb switch
        {
            Verb.NewReceive => FigureSubject.ApplicationsNewlyReceived,
            Verb.CarryOver => FigureSubject.ApplicationsCarriedOver,
            Verb.Process => FigureSubject.ApplicationsProcessed,
            Verb.Handle => FigureSubject.ApplicationsHandled,
            Verb.CarryForward => FigureSubject.ApplicationsCarriedForward,
            Verb.Disclosed => FigureSubject.OutcomeDisclosed,
            Verb.Partial => FigureSubject.OutcomePartiallyDisclosed,
            Verb.DisclosedOrPartial => FigureSubject.OutcomeDisclosedOrPartiallyDisclosed,
            Verb.NotDisclosed => FigureSubject.OutcomeNotDisclosed,
            Verb.Unable => FigureSubject.OutcomeUnableToProvide,
            Verb.NotProcessed => FigureSubject.OutcomeNotProcessed,
            Verb.OtherHandling => FigureSubject.OutcomeOtherHandling,
            Verb.None or Verb.Receive or Verb.Publish => FigureSubject.ApplicationsReceived,
            _ => null,
        },
        Topic.Review => FigureSubject.AdministrativeReviews,
        Topic.Lawsuit => FigureSubject.Lawsuits,
        Topic.LawsuitDirect => FigureSubject.LawsuitsDirect,
        Topic.LawsuitAfterReview => FigureSubject.LawsuitsAfterReview,
        Topic.Regulations => verb switch
        {
            Verb.Issue or Verb.NewReceive => FigureSubject.RegulationsIssued,
            Verb.Repeal => FigureSubject.RegulationsRepealed,
            Verb.InForce => FigureSubject.RegulationsInForce,
            Verb.Publish => FigureSubject.RegulationsPublished,
            _ => null,
        },
        Topic.NormativeDocuments => verb switch
        {
            Verb.Issue or Verb.NewReceive => FigureSubject.NormativeDocumentsIssued,
            Verb.Repeal => FigureSubject.NormativeDocumentsRepealed,
            Verb.InForce => FigureSubject.NormativeDocumentsInForce,
            Verb.Publish => FigureSubject.NormativeDocumentsPublished,
            _ => null,
        },
        Topic.Licensing => FigureSubject.LicensingDecisions,
        Topic.Penalty => FigureSubject.PenaltyDecisions,
        Topic.Coercive => FigureSubject.CoerciveDecisions,
        Topic.AdministrativeFees => FigureSubject.AdministrativeFees,
        Topic.ProcessingFees => verb == Verb.Collect ? FigureSubject.InformationProcessingFees : null,
        Topic.FeeNotices => FigureSubject.FeeNoticesIssued,
        _ => null,
    };

    private static bool UnitFits(Topic topic, string unit)
    {
        if (unit is "%" or "％" or "个百分点")
        {
            return true;
        }

        return topic switch
        {
            Topic.Applications => unit is "件" or "个" or "宗" or "份" or "条",
            Topic.Review or Topic.Lawsuit or Topic.LawsuitDirect or Topic.LawsuitAfterReview => unit is "件" or "起" or "宗" or "例" or "个" or "次",
            Topic.Regulations or Topic.NormativeDocuments => unit is "件" or "个" or "部" or "份" or "篇" or "条",
            Topic.Licensing or Topic.Penalty or Topic.Coercive => unit is "件" or "个" or "宗" or "起" or "次" or "例",
            Topic.AdministrativeFees or Topic.ProcessingFees => unit is "元" or "万元" or "亿元",
            Topic.FeeNotices => unit is "件" or "份" or "次" or "个",
            _ => false,
        };
    }
}
