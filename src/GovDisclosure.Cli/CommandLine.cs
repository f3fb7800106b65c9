using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace GovDisclosure.Cli;

/// <summary>Parses the command line and dispatches to a command. Exit codes: 0 success, 1 findings of error severity or unreadable JSON, 2 usage error or a file that cannot be opened.</summary>
internal static class CommandLine
{
    public const int Ok = 0;
    public const int Invalid = 1;
    public const int CannotOpen = 2;

    public const string Usage = """
        govdisclosure — government information disclosure annual reports (政府信息公开工作年度报告)

        Usage:
          govdisclosure validate FILE... [--previous FILE] [--lang zh|en] [--format text|json]
              Read each JSON report strictly and check every consistency rule of its format.
              --previous FILE  the same agency's report for the year before (rules X-CARRY-OVER, X-DOCS-IN-FORCE)
              --lang zh|en     language of the messages (default zh)
              --format text|json
                               a readable table grouped by file (default), or JSON for other tools:
                               {"files":[{"path","valid","findings":[{"rule","severity","pointer","related",
                               "keyword","expected","actual","message"}]}]}
              Exit code: 0 no error findings (warnings alone exit 0), 1 an error finding or unreadable
              JSON, 2 a file that cannot be opened.
          govdisclosure schema [--draft 2020-12|07]
              Print the report JSON Schema (draft 2020-12, or the draft-07 twin for form builders).
          govdisclosure --help | --version
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(Usage);
            return args.Count == 0 ? CannotOpen : Ok;
        }

        if (args[0] is "--version")
        {
            stdout.WriteLine(typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
            return Ok;
        }

        var rest = new List<string>(args);
        rest.RemoveAt(0);
        switch (args[0])
        {
            case "validate":
                return ValidateCommand.Run(rest, stdout, stderr);
            case "schema":
                return SchemaCommand.Run(rest, stdout, stderr);
            default:
                stderr.WriteLine($"govdisclosure: unknown command '{args[0]}'.");
                stderr.WriteLine(Usage);
                return CannotOpen;
        }
    }

    /// <summary>Reads an option's value, or reports a usage error.</summary>
    public static bool TryTakeValue(IReadOnlyList<string> args, ref int i, TextWriter stderr, out string value)
    {
        if (i + 1 < args.Count)
        {
            value = args[++i];
            return true;
        }

        stderr.WriteLine($"govdisclosure: option {args[i]} needs a value.");
        value = string.Empty;
        return false;
    }
}
