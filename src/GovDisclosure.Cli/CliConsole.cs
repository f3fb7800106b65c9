using System;
using System.IO;
using System.Text;

namespace GovDisclosure.Cli;

/// <summary>Where a command reads and writes: the process's standard streams, or writers in tests.</summary>
internal sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, Func<Stream>? openInput = null, bool errorIsTerminal = false, Func<Stream>? openOutput = null, bool outputIsTerminal = false)
    {
        Output = output;
        Error = error;
        OpenInput = openInput ?? (() => Stream.Null);
        ErrorIsTerminal = errorIsTerminal;
        OpenOutput = openOutput ?? (() => Stream.Null);
        OutputIsTerminal = outputIsTerminal;
    }

    /// <summary>Opens standard output for bytes (a Word file written to a pipe); flush <see cref="Output"/> first.</summary>
    public Func<Stream> OpenOutput { get; }

    /// <summary>Whether standard output is a terminal (binary output is refused there).</summary>
    public bool OutputIsTerminal { get; }

    /// <summary>Results: text, JSON or JSON lines.</summary>
    public TextWriter Output { get; }

    /// <summary>Usage errors, problems opening files, progress.</summary>
    public TextWriter Error { get; }

    /// <summary>Opens standard input, for the file name <c>-</c>.</summary>
    public Func<Stream> OpenInput { get; }

    /// <summary>Whether standard error is a terminal (a progress line is shown only then).</summary>
    public bool ErrorIsTerminal { get; }

    public static CliConsole FromSystem()
    {
        // Results are written as they are ready, but not flushed line by line: a buffered writer over stdout.
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        return new CliConsole(new FlushOnDispose(stdout), Console.Error, Console.OpenStandardInput, !Console.IsErrorRedirected, Console.OpenStandardOutput, !Console.IsOutputRedirected);
    }

    /// <summary>A writer that the command flushes after each file's result.</summary>
    private sealed class FlushOnDispose : TextWriter
    {
        private readonly StreamWriter _inner;

        public FlushOnDispose(StreamWriter inner) => _inner = inner;

        public override Encoding Encoding => _inner.Encoding;

        public override void Write(char value) => _inner.Write(value);

        public override void Write(string? value) => _inner.Write(value);

        public override void Write(char[] buffer, int index, int count) => _inner.Write(buffer, index, count);

        public override void Flush() => _inner.Flush();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Flush();
            }

            base.Dispose(disposing);
        }
    }
}
