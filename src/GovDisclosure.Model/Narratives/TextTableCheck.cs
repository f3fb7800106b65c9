using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;
using GovDisclosure.Model.Formats;
using GovDisclosure.Model.Validation;

namespace GovDisclosure.Model.Narratives;

/// <summary>
/// <c>TEXT-TABLE-MISMATCH</c>: a figure the narrative states (<see cref="NarrativeFigures"/>) that matches no reasonable reading of
/// the tables (<see cref="TableFacts"/>). Only exact figures about the report's own year are compared; every reading the
/// spec names is accepted (收到/受理 = 新收 or 新收 + 上年结转; 办结 = （七）总计, the sum of the outcome rows, or （七）总计 minus
/// what is carried forward; 行政诉讼 = 直接起诉 + 复议后起诉 unless the sentence says which; a total is the reported 总计 or the sum of
/// its parts). One finding per sentence and subject: it points at the cell the first contradicted figure is read from, lists
/// the paragraph first in <see cref="Finding.Related"/>, says what the tables have and quotes the sentence.
/// </summary>
internal static class TextTableCheck
{
    /// <summary>The longest sentence quoted whole; longer ones are shortened around the figure.</summary>
    private const int MaxQuote = 80;

    /// <summary>Checks the report's narrative against its tables, adding findings to <paramref name="found"/>.</summary>
    public static void Run(AnnualReport report, ref List<Finding>? found)
    {
        List<NarrativeFigure>? figures = null;
        NarrativeFigures.ExtractAll(report, ref figures);
        if (figures is null)
        {
            return;
        }

        var facts = TableFacts.For(report);
        if (facts is not null)
        {
            Run(facts, figures, ref found);
        }
    }

    /// <summary>Checks figures against the facts of a report's tables.</summary>
    public static void Run(TableFacts facts, IReadOnlyList<NarrativeFigure> figures, ref List<Finding>? found)
    {
        var readings = new List<Reading>(8);
        List<Mismatch>? mismatches = null;
        for (var i = 0; i < figures.Count; i++)
        {
            var figure = figures[i];
            if (!IsComparable(figure))
            {
                continue;
            }

            readings.Clear();
            Read(facts, figure, readings);
            if (readings.Count == 0 || Matches(figure, readings))
            {
                continue;
            }

            (mismatches ??= new List<Mismatch>()).Add(new Mismatch(figure, readings.ToArray()));
        }

        if (mismatches is null)
        {
            return;
        }

        // One finding per sentence and subject, in the order the figures come.
        var done = new bool[mismatches.Count];
        var group = new List<Mismatch>();
        for (var i = 0; i < mismatches.Count; i++)
        {
            if (done[i])
            {
                continue;
            }

            group.Clear();
            for (var j = i; j < mismatches.Count; j++)
            {
                if (!done[j] && SameGroup(mismatches[i].Figure, mismatches[j].Figure))
                {
                    group.Add(mismatches[j]);
                    done[j] = true;
                }
            }

            Emit(facts, group, ref found);
        }
    }

    private static bool IsComparable(NarrativeFigure f) =>
        f.Kind == FigureKind.Exact && !f.AboutAnotherYear;

    private static bool SameGroup(NarrativeFigure a, NarrativeFigure b) =>
        a.Subject == b.Subject && string.Equals(a.Pointer, b.Pointer, StringComparison.Ordinal) && string.Equals(a.Sentence, b.Sentence, StringComparison.Ordinal);

    private static bool Matches(NarrativeFigure figure, List<Reading> readings)
    {
        var (value, tolerance) = InTableUnit(figure);
        foreach (var r in readings)
        {
            if (Math.Abs(r.Value - value) <= tolerance)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The stated value in the unit of the table it is read against, and how far off rounding may put it.</summary>
    private static (decimal Value, decimal Tolerance) InTableUnit(NarrativeFigure figure)
    {
        if (figure.Subject is not (FigureSubject.AdministrativeFees or FigureSubject.InformationProcessingFees))
        {
            return (figure.Value, 0m);
        }

        var scale = (decimal.GetBits(figure.Value)[3] >> 16) & 0xFF;
        var half = scale == 0 ? 0.5m : 0.5m / Pow10(scale);

        // 行政事业性收费 is in 万元; 信息处理费 in 元.
        var factor = (figure.Subject, figure.Unit) switch
        {
            (FigureSubject.AdministrativeFees, "元") => 0.0001m,
            (FigureSubject.AdministrativeFees, "亿元") => 10_000m,
            (FigureSubject.InformationProcessingFees, "万元") => 10_000m,
            (FigureSubject.InformationProcessingFees, "亿元") => 100_000_000m,
            _ => 1m,
        };

        // A whole number of yuan is exact; a rounded figure (822.8万元) may differ by half its last digit.
        var tolerance = scale == 0 && figure.Unit == "元" ? 0m : half * factor;
        try
        {
            return (figure.Value * factor, tolerance);
        }
        catch (OverflowException)
        {
            return (decimal.MaxValue, 0m);
        }
    }

    private static decimal Pow10(int n)
    {
        var p = 1m;
        for (var i = 0; i < n && i < 28; i++)
        {
            p *= 10;
        }

        return p;
    }

    // ---- Readings -----------------------------------------------------------------------------------------------------

    private static void Read(TableFacts t, NarrativeFigure f, List<Reading> into)
    {
        var column = Column(f.Applicant);
        switch (f.Subject)
        {
            case FigureSubject.ApplicationsReceived:
                Received(t, column, into);
                break;
            case FigureSubject.ApplicationsNewlyReceived:
                AddRow(t.NewlyReceived, column, How.Cell, into);
                break;
            case FigureSubject.ApplicationsCarriedOver:
                AddRow(t.CarriedOver, column, How.Cell, into);
                break;
            case FigureSubject.ApplicationsCarriedForward:
                AddRow(t.CarriedForward, column, How.Cell, into);
                break;
            case FigureSubject.ApplicationsHandled:
                Handled(t, column, into);
                break;
            case FigureSubject.ApplicationsProcessed:
                Received(t, column, into);
                Handled(t, column, into);
                break;
            case FigureSubject.OutcomeDisclosed:
                AddRow(t.Disclosed, column, How.Cell, into);
                break;
            case FigureSubject.OutcomePartiallyDisclosed:
                AddRow(t.PartiallyDisclosed, column, How.Cell, into);
                break;
            case FigureSubject.OutcomeDisclosedOrPartiallyDisclosed:
                if (t.Disclosed.IsPresent && t.PartiallyDisclosed.IsPresent)
                {
                    AddSum([t.Disclosed, t.PartiallyDisclosed], column, How.DisclosedOrPartial, into);
                }

                break;
            case FigureSubject.OutcomeNotDisclosed:
                AddSum(t.NotDisclosed, column, How.GroupSum, into);
                break;
            case FigureSubject.OutcomeUnableToProvide:
                AddSum(t.UnableToProvide, column, How.GroupSum, into);
                break;
            case FigureSubject.OutcomeNotProcessed:
                AddSum(t.NotProcessed, column, How.GroupSum, into);
                break;
            case FigureSubject.OutcomeOtherHandling:
                AddSum(t.OtherHandling, column, How.GroupSum, into);
                break;
            case FigureSubject.AdministrativeReviews:
                AddCases(t.Review, null, f.CaseResult, into);
                break;
            case FigureSubject.Lawsuits:
                AddCases(t.LitigationDirect, t.LitigationAfterReview, f.CaseResult, into);
                break;
            case FigureSubject.LawsuitsDirect:
                AddCases(t.LitigationDirect, null, f.CaseResult, into);
                break;
            case FigureSubject.LawsuitsAfterReview:
                AddCases(t.LitigationAfterReview, null, f.CaseResult, into);
                break;
            case FigureSubject.RegulationsIssued:
                AddCell(t.Regulations.Issued, into);
                break;
            case FigureSubject.RegulationsRepealed:
                AddCell(t.Regulations.Repealed, into);
                break;
            case FigureSubject.RegulationsInForce:
                AddCell(t.Regulations.InForce, into);
                break;
            case FigureSubject.RegulationsPublished:
                Published(t.Regulations, into);
                break;
            case FigureSubject.NormativeDocumentsIssued:
                AddCell(t.NormativeDocuments.Issued, into);
                break;
            case FigureSubject.NormativeDocumentsRepealed:
                AddCell(t.NormativeDocuments.Repealed, into);
                break;
            case FigureSubject.NormativeDocumentsInForce:
                AddCell(t.NormativeDocuments.InForce, into);
                break;
            case FigureSubject.NormativeDocumentsPublished:
                Published(t.NormativeDocuments, into);
                break;
            case FigureSubject.LicensingDecisions:
                AddCell(t.Licensing, into);
                break;
            case FigureSubject.PenaltyDecisions:
                AddCell(t.Penalties, into);
                break;
            case FigureSubject.CoerciveDecisions:
                AddCell(t.Coercive, into);
                break;
            case FigureSubject.AdministrativeFees:
                AddCell(t.AdministrativeFeesTenThousandYuan, into);
                break;
            case FigureSubject.InformationProcessingFees:
                AddCell(t.ProcessingFeesYuan, into);
                break;
            case FigureSubject.FeeNoticesIssued:
                AddCell(t.FeeNotices, into);
                break;
        }
    }

    /// <summary>0 … 5 an applicant column, 6 总计, −1 the five organisation columns together.</summary>
    private static int Column(ApplicantKind? kind) => kind switch
    {
        null => FormatLayout.TotalColumn,
        ApplicantKind.LegalPersonsAndOtherOrganizations => -1,
        _ => (int)kind.Value,
    };

    /// <summary>The values a row's cell can be read as: 总计 as reported and the sum of its parts; a column; the five organisation columns.</summary>
    private static int Values(ApplicantCounts row, int column, out long first, out long second)
    {
        if (column == FormatLayout.TotalColumn)
        {
            // A 总计 of 0 beside non-zero parts is most likely a blank cell: the sum of the parts leads.
            first = row.Total;
            second = row.SumOfParts();
            if (first == 0 && second > 0)
            {
                (first, second) = (second, first);
            }

            return first == second ? 1 : 2;
        }

        if (column < 0)
        {
            first = (long)row.CommercialEnterprises + row.ResearchInstitutions + row.PublicWelfareOrganizations + row.LegalServiceAgencies + row.OtherOrganizations;
            second = first;
            return 1;
        }

        first = row[column];
        second = first;
        return 1;
    }

    private static long Layout2021Value(ApplicantCounts row, int column)
    {
        Values(row, column, out var value, out _);
        return value;
    }

    private static string PointerOf(FactRow row, int column) => row.Pointers[column < 0 ? 1 : column];

    private static void AddRow(FactRow row, int column, How how, List<Reading> into)
    {
        if (!row.IsPresent)
        {
            return;
        }

        var n = Values(row.Counts, column, out var a, out var b);
        var pointer = PointerOf(row, column);
        var partsFirst = n == 2 && a == row.Counts.SumOfParts();
        Add(into, new Reading(a, pointer, partsFirst ? How.PartsSum : how, null));
        if (n == 2)
        {
            Add(into, new Reading(b, pointer, partsFirst ? how : How.PartsSum, null));
        }
    }

    private static void AddSum(FactRow[] rows, int column, How how, List<Reading> into)
    {
        if (rows.Length == 0 || !rows[0].IsPresent)
        {
            return;
        }

        // The rows' cells as reported, and (for 总计) the rows' columns added up.
        long reported = 0, parts = 0;
        foreach (var row in rows)
        {
            reported += column == FormatLayout.TotalColumn ? row.Counts.Total : Layout2021Value(row.Counts, column);
            parts += column == FormatLayout.TotalColumn ? row.Counts.SumOfParts() : Layout2021Value(row.Counts, column);
        }

        var pointer = PointerOf(rows[0], column);
        var with = rows.Length == 2 ? PointerOf(rows[1], column) : null;
        var partsFirst = reported == 0 && parts > 0;
        Add(into, new Reading(partsFirst ? parts : reported, pointer, partsFirst ? How.GroupPartsSum : how, with));
        Add(into, new Reading(partsFirst ? reported : parts, pointer, partsFirst ? how : How.GroupPartsSum, with));
    }

    private static void Received(TableFacts t, int column, List<Reading> into)
    {
        if (!t.NewlyReceived.IsPresent)
        {
            return;
        }

        var pointer = PointerOf(t.NewlyReceived, column);
        var carried = t.CarriedOver.IsPresent ? PointerOf(t.CarriedOver, column) : null;
        var nn = Values(t.NewlyReceived.Counts, column, out var n1, out var n2);
        long c1 = 0, c2 = 0;
        var cn = t.CarriedOver.IsPresent ? Values(t.CarriedOver.Counts, column, out c1, out c2) : 1;
        for (var i = 0; i < nn; i++)
        {
            var n = i == 0 ? n1 : n2;
            Add(into, new Reading(n, pointer, How.NewOnly, null));
            for (var j = 0; j < cn; j++)
            {
                Add(into, new Reading(n + (j == 0 ? c1 : c2), pointer, How.NewPlusCarried, carried));
            }
        }
    }

    private static void Handled(TableFacts t, int column, List<Reading> into)
    {
        if (!t.OutcomeTotal.IsPresent)
        {
            return;
        }

        var pointer = PointerOf(t.OutcomeTotal, column);
        var nt = Values(t.OutcomeTotal.Counts, column, out var t1, out var t2);
        Add(into, new Reading(t1, pointer, How.OutcomeTotal, null));
        if (nt == 2)
        {
            Add(into, new Reading(t2, pointer, How.PartsSum, null));
        }

        long sum = 0;
        foreach (var row in t.OutcomeRows)
        {
            Values(row.Counts, column, out var a, out _);
            sum += a;
        }

        Add(into, new Reading(sum, pointer, How.OutcomeSum, null));
        if (t.CarriedForward.IsPresent)
        {
            var forward = PointerOf(t.CarriedForward, column);
            Values(t.CarriedForward.Counts, column, out var f, out _);
            Add(into, new Reading(t1 - f, pointer, How.TotalMinusForward, forward));
            if (t.NewlyReceived.IsPresent && t.CarriedOver.IsPresent)
            {
                Values(t.NewlyReceived.Counts, column, out var n, out _);
                Values(t.CarriedOver.Counts, column, out var c, out _);
                Add(into, new Reading(n + c - f, pointer, How.ReceivedMinusForward, forward));
            }
        }
    }

    private static void AddCases(FactGroup group, FactGroup? second, CaseResult? result, List<Reading> into)
    {
        if (group.Pointers is null)
        {
            return;
        }

        var column = result is { } r ? (int)r : 4;
        long Value(CaseOutcomes o) => column switch
        {
            0 => o.Upheld,
            1 => o.Corrected,
            2 => o.Other,
            3 => o.Pending,
            _ => o.Total,
        };

        var pointer = group.Pointers[column];
        if (second is { Pointers: not null } other)
        {
            var with = other.Pointers[column];
            Add(into, new Reading(Value(group.Outcomes) + Value(other.Outcomes), pointer, How.DirectPlusAfter, with));
            if (column == 4)
            {
                Add(into, new Reading(group.Outcomes.SumOfParts() + other.Outcomes.SumOfParts(), pointer, How.PartsSum, with));
            }

            return;
        }

        Add(into, new Reading(Value(group.Outcomes), pointer, How.Cell, null));
        if (column == 4)
        {
            Add(into, new Reading(group.Outcomes.SumOfParts(), pointer, How.PartsSum, null));
        }
    }

    private static void AddCell(FactCell cell, List<Reading> into)
    {
        if (cell.IsPresent)
        {
            into.Add(new Reading(cell.Value, cell.Pointer, How.Cell, null));
        }
    }

    private static void Published(DocumentFacts d, List<Reading> into)
    {
        if (d.Issued.IsPresent)
        {
            into.Add(new Reading(d.Issued.Value, d.Issued.Pointer, How.Issued, null));
        }

        if (d.NewlyPublished.IsPresent)
        {
            Add(into, new Reading(d.NewlyPublished.Value, d.NewlyPublished.Pointer, How.Cell, null));
        }

        if (d.InForce.IsPresent)
        {
            Add(into, new Reading(d.InForce.Value, d.InForce.Pointer, How.InForce, null));
        }
    }

    /// <summary>Adds a reading unless one with the same value is there already.</summary>
    private static void Add(List<Reading> into, Reading reading)
    {
        foreach (var r in into)
        {
            if (r.Value == reading.Value)
            {
                return;
            }
        }

        into.Add(reading);
    }

    // ---- Findings -----------------------------------------------------------------------------------------------------

    private static void Emit(TableFacts facts, List<Mismatch> group, ref List<Finding>? found)
    {
        // The figure for all applicants / all cases leads; its breakdown follows.
        var lead = 0;
        for (var i = 0; i < group.Count; i++)
        {
            if (group[i].Figure.Applicant is null && group[i].Figure.CaseResult is null)
            {
                lead = i;
                break;
            }
        }

        var first = group[lead];
        var primary = first.Readings[0];
        var related = ImmutableArray.CreateBuilder<string>();
        related.Add(first.Figure.Pointer);
        void Relate(string? pointer)
        {
            if (pointer is not null && !string.Equals(pointer, primary.Pointer, StringComparison.Ordinal) && !related.Contains(pointer))
            {
                related.Add(pointer);
            }
        }

        var zh = new StringBuilder(256);
        var en = new StringBuilder(256);
        Describe(facts.Layout, first, zh, en, lead: true);
        foreach (var r in first.Readings)
        {
            Relate(r.Pointer);
            Relate(r.With);
        }

        for (var i = 0; i < group.Count; i++)
        {
            if (i == lead)
            {
                continue;
            }

            Describe(facts.Layout, group[i], zh, en, lead: false);
            foreach (var r in group[i].Readings)
            {
                Relate(r.Pointer);
                Relate(r.With);
            }
        }

        var quote = Quote(first.Figure);
        zh.Append(TextTableMismatchRule.QuoteZh.Replace("{quote}", quote));
        en.Append(TextTableMismatchRule.QuoteEn.Replace("{quote}", quote));

        // Expected: what the narrative says the cell should be (in the cell's unit); actual: the value at the pointer, when the
        // reading is that one cell (a sum of cells has no single value there).
        decimal? actual = IsOwnCell(primary.How) ? primary.Value : null;
        var finding = FindingFactory.Create(RuleCatalog.Get(RuleIds.TextTableMismatch), facts.Layout, primary.Pointer, related.ToImmutable(), InTableUnit(first.Figure).Value, actual, default);
        (found ??= new List<Finding>()).Add(finding with { MessageZh = zh.ToString(), MessageEn = en.ToString() });
    }

    private static void Describe(FormatLayout layout, Mismatch m, StringBuilder zh, StringBuilder en, bool lead)
    {
        var primary = m.Readings[0];
        var (nameZh, nameEn) = Names.Of(layout, m.Figure, primary);
        var expected = Format(m.Figure.Value);
        var actual = Format(primary.Value);
        var rule = RuleCatalog.Get(RuleIds.TextTableMismatch);
        zh.Append((lead ? rule.TemplateZh! : TextTableMismatchRule.MoreZh).Replace("{name}", nameZh).Replace("{actual}", actual).Replace("{expected}", expected));
        en.Append((lead ? rule.TemplateEn! : TextTableMismatchRule.MoreEn).Replace("{name}", nameEn).Replace("{actual}", actual).Replace("{expected}", expected));
        if (m.Readings.Length > 1)
        {
            zh.Append('（');
            en.Append(" (");
            for (var i = 0; i < m.Readings.Length; i++)
            {
                var r = m.Readings[i];
                zh.Append(i == 0 ? string.Empty : "；").Append(Format(r.Value)).Append('：').Append(Describe(r.How, chinese: true));
                en.Append(i == 0 ? string.Empty : "; ").Append(Format(r.Value)).Append(": ").Append(Describe(r.How, chinese: false));
            }

            zh.Append('）');
            en.Append(')');
        }
    }

    private static string Describe(How how, bool chinese) => how switch
    {
        How.NewOnly => chinese ? "本年新收" : "newly received",
        How.NewPlusCarried => chinese ? "本年新收 + 上年结转" : "newly received + carried over",
        How.OutcomeTotal => chinese ? "（七）总计" : "(7) total",
        How.OutcomeSum => chinese ? "各办理结果之和" : "sum of the outcome rows",
        How.TotalMinusForward => chinese ? "（七）总计 − 结转下年度" : "(7) total − carried forward",
        How.ReceivedMinusForward => chinese ? "新收 + 上年结转 − 结转下年度" : "new + carried over − carried forward",
        How.Cell => chinese ? "表中所填" : "as reported",
        How.PartsSum => chinese ? "各列之和" : "sum of the columns",
        How.GroupPartsSum => chinese ? "各项各列之和" : "sum of the rows' columns",
        How.DirectPlusAfter => chinese ? "未经复议直接起诉 + 复议后起诉" : "direct + after reconsideration",
        How.DisclosedOrPartial => chinese ? "予以公开 + 部分公开" : "disclosed + partially disclosed",
        How.GroupSum => chinese ? "各项之和" : "sum of the rows",
        How.Issued => chinese ? "本年制发" : "issued this year",
        How.InForce => chinese ? "现行有效" : "in force",
        _ => chinese ? "表格" : "table",
    };

    private static bool IsOwnCell(How how) => how is How.Cell or How.NewOnly or How.OutcomeTotal or How.Issued or How.InForce;

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The sentence, or the part of it around the figure when it is long.</summary>
    internal static string Quote(NarrativeFigure figure)
    {
        var sentence = figure.Sentence;
        if (sentence.Length <= MaxQuote)
        {
            return sentence;
        }

        var at = sentence.IndexOf(figure.Text, StringComparison.Ordinal);
        if (at < 0)
        {
            at = 0;
        }

        var start = Math.Max(0, at - 20);
        var length = Math.Min(sentence.Length - start, MaxQuote);
        if (at + figure.Text.Length > start + length)
        {
            length = Math.Min(sentence.Length - start, at + figure.Text.Length - start);
        }

        return (start > 0 ? "…" : string.Empty) + sentence.Substring(start, length) + (start + length < sentence.Length ? "…" : string.Empty);
    }

    private enum How : byte
    {
        Cell,
        NewOnly,
        NewPlusCarried,
        OutcomeTotal,
        OutcomeSum,
        TotalMinusForward,
        ReceivedMinusForward,
        PartsSum,
        DirectPlusAfter,
        DisclosedOrPartial,
        GroupSum,
        GroupPartsSum,
        Issued,
        InForce,
    }

    private readonly struct Reading
    {
        public Reading(decimal value, string pointer, How how, string? with)
        {
            Value = value;
            Pointer = pointer;
            How = how;
            With = with;
        }

        public decimal Value { get; }

        /// <summary>The cell the reading is read from (the finding's pointer when it leads).</summary>
        public string Pointer { get; }

        public How How { get; }

        /// <summary>A second cell the reading adds (上年结转, 复议后起诉…), if any.</summary>
        public string? With { get; }
    }

    private readonly struct Mismatch
    {
        public Mismatch(NarrativeFigure figure, Reading[] readings)
        {
            Figure = figure;
            Readings = readings;
        }

        public NarrativeFigure Figure { get; }

        public Reading[] Readings { get; }
    }

    /// <summary>How findings name what a figure is read against: a cell by its labels, a sum of rows by its group's label.</summary>
    private static class Names
    {
        private static readonly Lazy<Dictionary<FigureSubject, (string Zh, string En)>> Groups = new(Build);

        public static (string Zh, string En) Of(FormatLayout layout, NarrativeFigure figure, Reading reading)
        {
            var (zh, en) = layout.NameOf(reading.Pointer);
            if (!Groups.Value.TryGetValue(figure.Subject, out var group))
            {
                return (zh, en);
            }

            // The column label is what follows " · " in the cell's name.
            var cz = zh.LastIndexOf(" · ", StringComparison.Ordinal);
            var ce = en.LastIndexOf(" · ", StringComparison.Ordinal);
            return (group.Zh + (cz >= 0 ? zh.Substring(cz) : string.Empty), group.En + (ce >= 0 ? en.Substring(ce) : string.Empty));
        }

        private static Dictionary<FigureSubject, (string, string)> Build()
        {
            var outcomes = Label(typeof(Applications2021), nameof(Applications2021.Outcomes));
            (string, string) Outcome(string property, string? plus = null)
            {
                var a = Label(typeof(Outcomes2021), property);
                if (plus is null)
                {
                    return (outcomes.Label + a.Label, outcomes.English + " › " + a.English);
                }

                var b = Label(typeof(Outcomes2021), plus);
                return (outcomes.Label + a.Label + " + " + b.Label, outcomes.English + " › " + a.English + " + " + b.English);
            }

            var direct = Label(typeof(ReviewAndLitigation), nameof(ReviewAndLitigation.LitigationDirect));
            var after = Label(typeof(ReviewAndLitigation), nameof(ReviewAndLitigation.LitigationAfterReview));
            return new Dictionary<FigureSubject, (string, string)>
            {
                [FigureSubject.OutcomeDisclosedOrPartiallyDisclosed] = Outcome(nameof(Outcomes2021.Disclosed), nameof(Outcomes2021.PartiallyDisclosed)),
                [FigureSubject.OutcomeNotDisclosed] = Outcome(nameof(Outcomes2021.NotDisclosed)),
                [FigureSubject.OutcomeUnableToProvide] = Outcome(nameof(Outcomes2021.UnableToProvide)),
                [FigureSubject.OutcomeNotProcessed] = Outcome(nameof(Outcomes2021.NotProcessed)),
                [FigureSubject.OutcomeOtherHandling] = Outcome(nameof(Outcomes2021.OtherHandling)),
                [FigureSubject.Lawsuits] = (direct.Label + " + " + after.Label, direct.English + " + " + after.English),
            };
        }

        private static OfficialLabelAttribute Label(Type type, string property) =>
            type.GetProperty(property)?.GetCustomAttribute<OfficialLabelAttribute>()
            ?? throw new InvalidOperationException($"{type.Name}.{property} has no official label.");
    }
}
