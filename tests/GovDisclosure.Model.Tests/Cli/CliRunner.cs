using System;
using System.IO;
using GovDisclosure.Cli;

namespace GovDisclosure.Model.Tests.Cli;

/// <summary>Runs the command-line tool in process, with captured output and an optional standard input.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(string[] args, byte[]? stdin = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = GovDisclosure.Cli.Cli.Run(args, new CliConsole(stdout, stderr, () => new MemoryStream(stdin ?? Array.Empty<byte>())));
        return (exit, stdout.ToString().Replace("\r\n", "\n"), stderr.ToString().Replace("\r\n", "\n"));
    }
}
