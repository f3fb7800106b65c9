using System.Collections.Generic;
using System.IO;
using GovDisclosure.Model.Schema;

namespace GovDisclosure.Cli;

/// <summary><c>govdisclosure schema [--draft 2020-12|07]</c>: writes the report JSON Schema to stdout, for other tools.</summary>
internal static class SchemaCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var draft = SchemaDraft.Draft202012;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--draft":
                    if (!CommandLine.TryTakeValue(args, ref i, stderr, out var value))
                    {
                        return CommandLine.CannotOpen;
                    }

                    switch (value)
                    {
                        case "2020-12":
                            draft = SchemaDraft.Draft202012;
                            break;
                        case "07":
                        case "7":
                        case "draft-07":
                            draft = SchemaDraft.Draft07;
                            break;
                        default:
                            stderr.WriteLine("govdisclosure: --draft takes 2020-12 or 07.");
                            return CommandLine.CannotOpen;
                    }

                    break;
                default:
                    stderr.WriteLine($"govdisclosure schema: unknown option '{args[i]}'.");
                    stderr.WriteLine(CommandLine.Usage);
                    return CommandLine.CannotOpen;
            }
        }

        stdout.Write(ReportSchema.GetText(draft));
        return CommandLine.Ok;
    }
}
