using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovDisclosure.Model;
using GovDisclosure.Model.Validation;

namespace GovDisclosure.Cli;

/// <summary>
/// Writes results in one of the output formats. <see cref="Format"/> runs on any thread and turns one file's
/// outcome into its text, so a result is held only until it is written.
/// </summary>
internal abstract class ResultWriter
{
    protected ResultWriter(MessageLanguage language, TextWriter output)
    {
        Language = language;
        Output = output;
    }

    protected MessageLanguage Language { get; }

    protected TextWriter Output { get; }

    public static ResultWriter For(string format, MessageLanguage language, TextWriter output) => format switch
    {
        "json" => new JsonWriter(language, output, lines: false),
        "jsonl" => new JsonWriter(language, output, lines: true),
        _ => new TextTableWriter(language, output),
    };

    public virtual void Begin()
    {
    }

    /// <summary>The text of one file's result; <paramref name="index"/> is its place in the order given.</summary>
    public abstract string Format(ValidateCommand.Outcome outcome, int index);

    public void WriteRaw(string text) => Output.Write(text);

    public virtual void End()
    {
    }

    internal static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    private sealed class TextTableWriter : ResultWriter
    {
        public TextTableWriter(MessageLanguage language, TextWriter output)
            : base(language, output)
        {
        }

        public override string Format(ValidateCommand.Outcome outcome, int index)
        {
            var zh = Language == MessageLanguage.Chinese;
            var text = new StringBuilder();
            var result = outcome.Result;
            if (result is null)
            {
                var reason = outcome.ReadError!.Value;
                text.Append(zh ? $"{outcome.Path}: 无法读取：{reason.Zh}" : $"{outcome.Path}: cannot be read: {reason.En}").Append('\n').Append('\n');
                return text.ToString();
            }

            var verdict = result.HasErrors ? (zh ? "无效" : "invalid") : (zh ? "有效" : "valid");
            text.Append(zh
                ? $"{outcome.Path}: {verdict}（错误 {result.ErrorCount}，警告 {result.WarningCount}，提示 {result.InfoCount}）"
                : $"{outcome.Path}: {verdict} ({result.ErrorCount} errors, {result.WarningCount} warnings, {result.InfoCount} info)").Append('\n');
            if (result.Findings.Count > 0)
            {
                var rows = result.Findings.Select(f => (Severity: SeverityName(f.Severity), Rule: f.Keyword is null ? f.RuleId : $"{f.RuleId}/{f.Keyword}", Pointer: f.Pointer.Length == 0 ? "/" : f.Pointer, Message: f.GetMessage(Language))).ToList();
                var w1 = Math.Max(8, rows.Max(r => r.Severity.Length));
                var w2 = Math.Max(4, rows.Max(r => r.Rule.Length));
                var w3 = Math.Max(7, rows.Max(r => r.Pointer.Length));
                text.Append($"  {"severity".PadRight(w1)}  {"rule".PadRight(w2)}  {"pointer".PadRight(w3)}  message").Append('\n');
                foreach (var row in rows)
                {
                    text.Append($"  {row.Severity.PadRight(w1)}  {row.Rule.PadRight(w2)}  {row.Pointer.PadRight(w3)}  {row.Message}").Append('\n');
                }
            }

            return text.Append('\n').ToString();
        }
    }

    /// <summary><c>{"files":[...]}</c> (indented), or one compact file object per line.</summary>
    private sealed class JsonWriter : ResultWriter
    {
        private readonly bool _lines;

        public JsonWriter(MessageLanguage language, TextWriter output, bool lines)
            : base(language, output)
        {
            _lines = lines;
        }

        public override void Begin()
        {
            if (!_lines)
            {
                Output.Write("{\n  \"files\": [");
            }
        }

        public override string Format(ValidateCommand.Outcome outcome, int index)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = !_lines, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, IndentSize = 2, NewLine = "\n" }))
            {
                WriteFile(writer, outcome);
            }

            var json = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            if (_lines)
            {
                return json + "\n";
            }

            // Inside {"files":[ ... ]}: indented two levels.
            return (index == 0 ? "\n    " : ",\n    ") + json.Replace("\n", "\n    ");
        }

        public override void End()
        {
            if (!_lines)
            {
                Output.Write("\n  ]\n}\n");
            }
        }

        private void WriteFile(Utf8JsonWriter writer, ValidateCommand.Outcome outcome)
        {
            var result = outcome.Result;
            writer.WriteStartObject();
            writer.WriteString("path", outcome.Path);
            writer.WriteBoolean("valid", result is { HasErrors: false });
            if (outcome.ReadError is { } reason)
            {
                writer.WriteString("error", Language == MessageLanguage.English ? $"cannot be read: {reason.En}" : $"无法读取：{reason.Zh}");
            }

            writer.WriteStartArray("findings");
            foreach (var f in result?.Findings ?? EquatableArray<Finding>.Empty)
            {
                writer.WriteStartObject();
                writer.WriteString("rule", f.RuleId);
                writer.WriteString("severity", SeverityName(f.Severity));
                writer.WriteString("pointer", f.Pointer);
                writer.WriteStartArray("related");
                foreach (var related in f.Related)
                {
                    writer.WriteStringValue(related);
                }

                writer.WriteEndArray();
                if (f.Keyword is not null)
                {
                    writer.WriteString("keyword", f.Keyword);
                }

                WriteNumberOrNull(writer, "expected", f.Expected);
                WriteNumberOrNull(writer, "actual", f.Actual);
                writer.WriteString("message", f.GetMessage(Language));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, decimal? value)
        {
            if (value is { } v)
            {
                writer.WriteNumber(name, v);
            }
            else
            {
                writer.WriteNull(name);
            }
        }
    }
}
