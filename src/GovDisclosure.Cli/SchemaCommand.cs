using System.CommandLine;
using GovDisclosure.Model.Schema;

namespace GovDisclosure.Cli;

/// <summary><c>govdisclosure schema [--draft 2020-12|07]</c>: writes the report JSON Schema to stdout, for other tools.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var draft = Cli.Choice("--draft", string.Empty, "The JSON Schema dialect: 2020-12 (the canonical schema) or 07 (the twin for form builders that speak draft-07).", "2020-12", "07");
        var command = new Command("schema", "Print the report JSON Schema (the file annual-report.schema.json, or its draft-07 twin).\n\n" + ExitCodes.Help)
        {
            draft,
        };
        command.SetAction(result =>
        {
            console.Output.Write(ReportSchema.GetText(result.GetValue(draft) == "07" ? SchemaDraft.Draft07 : SchemaDraft.Draft202012));
            return ExitCodes.Ok;
        });
        return command;
    }
}
