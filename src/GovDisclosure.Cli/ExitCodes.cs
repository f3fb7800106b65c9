namespace GovDisclosure.Cli;

/// <summary>The process exit codes, as documented in <c>--help</c> and the README.</summary>
internal static class ExitCodes
{
    /// <summary>Every file was read and none has a finding of error severity (warnings and notes alone exit 0).</summary>
    public const int Ok = 0;

    /// <summary>A file has an error finding, or is not a report at all (not JSON, too large, wrong shape).</summary>
    public const int Invalid = 1;

    /// <summary>A file could not be read (missing, a directory, a named pipe, no permission), or an output file not written.</summary>
    public const int CannotRead = 2;

    /// <summary>The command line is wrong: an unknown command or option, a missing or bad value.</summary>
    public const int Usage = 3;

    public const string Help = """
        Exit codes:
          0  no file has an error finding (warnings and notes alone still exit 0)
          1  a file has an error finding, or is not a report (not JSON, too large, wrong shape)
          2  a file could not be read (missing, a directory, a named pipe, no permission), or the output not written
          3  usage error (unknown command or option, missing or bad value)
        """;
}
