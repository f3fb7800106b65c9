using System;

namespace GovDisclosure.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return CommandLine.Run(args, Console.Out, Console.Error);
    }
}
