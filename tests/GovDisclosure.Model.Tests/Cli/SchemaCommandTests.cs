using System.IO;
using GovDisclosure.Cli;
using GovDisclosure.Model.Schema;
using GovDisclosure.Model.Tests.Support;
using Xunit;

namespace GovDisclosure.Model.Tests.Cli;

public class SchemaCommandTests
{
    private static (int Exit, string Stdout, string Stderr) Run(params string[] args) => CliRunner.Run(args);

    [Theory]
    [InlineData(new[] { "schema" }, ReportSchema.FileName)]
    [InlineData(new[] { "schema", "--draft", "2020-12" }, ReportSchema.FileName)]
    [InlineData(new[] { "schema", "--draft", "07" }, ReportSchema.Draft07FileName)]
    public void Schema_prints_the_committed_schema(string[] args, string file)
    {
        var (exit, stdout, _) = Run(args);
        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllText(Path.Combine(TestFiles.RepoRoot, "schema", file)), stdout);
    }

    [Theory]
    [InlineData("schema", "--draft", "04")]
    [InlineData("schema", "--draft")]
    [InlineData("schema", "--bogus")]
    public void Bad_options_are_usage_errors_exit_3(params string[] args)
    {
        var (exit, stdout, stderr) = Run(args);
        Assert.Equal(3, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.NotEqual(string.Empty, stderr);
    }

    [Fact]
    public void Help_describes_the_draft_option()
    {
        var (exit, stdout, _) = Run("schema", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("--draft <2020-12|07>", stdout);
    }
}
