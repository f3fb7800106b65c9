using System;
using System.Text;

namespace GovDisclosure.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        return Cli.Run(args, CliConsole.FromSystem());
    }
}
