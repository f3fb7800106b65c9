using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace GovDisclosure.Model.Documents.Tests;

public sealed class PackageTests
{
    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GovDisclosure.Model.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("GovDisclosure.Model.sln not found");
    }

    private static string VersionOf(string project) =>
        XDocument.Load(Path.Combine(RepoRoot(), "src", project, project + ".csproj")).Descendants("Version").Single().Value;

    [Fact]
    public void The_package_is_released_in_lockstep_with_the_core()
    {
        Assert.Equal(VersionOf("GovDisclosure.Model"), VersionOf("GovDisclosure.Model.Documents"));
    }

    [Fact]
    public void No_third_party_type_is_in_the_public_api()
    {
        var api = Directory.GetFiles(Path.Combine(RepoRoot(), "src", "GovDisclosure.Model.Documents"), "PublicAPI*.txt", SearchOption.AllDirectories)
            .SelectMany(File.ReadAllLines).ToList();

        Assert.Contains(api, l => l.Contains("PublishedReport.Read(", StringComparison.Ordinal));
        Assert.DoesNotContain(api, l => l.Contains("AngleSharp", StringComparison.Ordinal) || l.Contains("UglyToad", StringComparison.Ordinal) || l.Contains("PdfPig", StringComparison.Ordinal));
        var exported = typeof(PublishedReport).Assembly.GetExportedTypes();
        foreach (var type in exported)
        {
            foreach (var member in type.GetMembers())
            {
                var signature = member.ToString() ?? string.Empty;
                Assert.DoesNotContain("AngleSharp", signature, StringComparison.Ordinal);
                Assert.DoesNotContain("UglyToad", signature, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Every_reading_rule_is_in_the_core_rule_set_with_titles_in_both_languages()
    {
        var ids = typeof(ReadingRules).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.Equal(9, ids.Count);
        Assert.All(ids, id => Assert.StartsWith("READ-", id, StringComparison.Ordinal));
        foreach (var id in ids)
        {
            Assert.True(GovDisclosure.Model.Validation.RuleCatalog.TryGet(id, out var rule));
            Assert.Equal(GovDisclosure.Model.Validation.RuleScope.Reading, rule!.Scope);
            Assert.False(string.IsNullOrWhiteSpace(rule.TitleZh) || string.IsNullOrWhiteSpace(rule.TitleEn) || string.IsNullOrWhiteSpace(rule.DescriptionEn));
            Assert.Equal(rule.Severity, ReadingRules.SeverityOf(id));
        }

        Assert.Equal(ids.OrderBy(i => i, StringComparer.Ordinal), GovDisclosure.Model.Validation.RuleCatalog.All.Where(r => r.Id.StartsWith("READ-", StringComparison.Ordinal)).Select(r => r.Id).OrderBy(i => i, StringComparer.Ordinal));
    }
}
