using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace GovDisclosure.Model.Tests.Support;

/// <summary>
/// The narrative sections of the real reports, copied from the published texts under <c>Fixtures/narratives/</c> (one
/// paragraph a line under <c>## overview</c>, <c>## problemsAndImprovements</c>, <c>## otherMatters</c>), and the truth
/// reports with those narratives put back.
/// </summary>
internal static class NarrativeFixtures
{
    public sealed record Sections(Narrative Overview, Narrative ProblemsAndImprovements, IReadOnlyList<NarrativeParagraph> OtherMatters);

    public static Sections Load(string name)
    {
        var sections = new Dictionary<string, List<NarrativeParagraph>>
        {
            ["overview"] = new(),
            ["problemsAndImprovements"] = new(),
            ["otherMatters"] = new(),
        };
        List<NarrativeParagraph>? current = null;
        foreach (var line in File.ReadAllLines(TestFiles.Fixture($"narratives/{name}.txt"), Encoding.UTF8))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = sections[line.Substring(3).Trim()];
            }
            else if (!line.StartsWith("# ", StringComparison.Ordinal) && line.Length > 0 && current is not null)
            {
                current.Add(NarrativeParagraph.Of(line));
            }
        }

        return new Sections(
            Narrative.Of(sections["overview"].ToArray()),
            Narrative.Of(sections["problemsAndImprovements"].ToArray()),
            sections["otherMatters"]);
    }

    /// <summary>The truth report of <paramref name="name"/> with its published narrative.</summary>
    public static AnnualReport2021 Report(string name)
    {
        var report = TruthReports.Build(name);
        var sections = Load(name);
        return report with
        {
            Overview = sections.Overview,
            ProblemsAndImprovements = sections.ProblemsAndImprovements,
            OtherMatters = report.OtherMatters with { Paragraphs = sections.OtherMatters.ToArray() },
        };
    }

    /// <summary>A report whose narrative is the given overview paragraphs, everything else from <paramref name="report"/>.</summary>
    public static AnnualReport2021 WithOverview(AnnualReport2021 report, params string[] paragraphs) =>
        report with { Overview = Narrative.Of(paragraphs.Select(p => NarrativeParagraph.Of(p)).ToArray()) };
}
