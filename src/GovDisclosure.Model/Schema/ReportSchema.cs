using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Validation;
using GovDisclosure.Model.Formats;
using Json.Schema;

namespace GovDisclosure.Model.Schema;

/// <summary>Which JSON Schema dialect a schema text is written for.</summary>
public enum SchemaDraft
{
    /// <summary>Draft 2020-12: the canonical schema, <c>annual-report.schema.json</c>.</summary>
    Draft202012 = 0,

    /// <summary>Draft-07: the same contract for tools that only speak draft-07 (form builders by default), <c>annual-report.draft-07.schema.json</c>.</summary>
    Draft07 = 1,
}

/// <summary>
/// The JSON Schema of the report JSON (2021 format), as shipped in <c>schema/</c> and embedded in this
/// assembly, and its evaluation with JsonSchema.Net. The schema describes exactly the JSON that
/// <see cref="ReportJson"/> writes and reads, with these exceptions that JSON Schema cannot express
/// and that only the strict reader rejects: duplicate member names; text that is not valid UTF-8 or
/// strings with unpaired surrogate escapes (<c>"\ud800"</c>); money amounts a <see cref="decimal"/>
/// cannot hold exactly (more than 28 significant digits, integer digits or decimal places). Nesting
/// deeper than a report's never passes the schema either. Cross-field sums are left to
/// <see cref="ReportValidator"/>.
/// </summary>
public static class ReportSchema
{
    /// <summary>The file name of the canonical draft 2020-12 schema in <c>schema/</c> and in the package's content files.</summary>
    public const string FileName = "annual-report.schema.json";

    /// <summary>The file name of the draft-07 twin.</summary>
    public const string Draft07FileName = "annual-report.draft-07.schema.json";

    private static readonly Lazy<LoadedSchema> Canonical = new(() => LoadedSchema.Load(SchemaDraft.Draft202012), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<LoadedSchema> Twin = new(() => LoadedSchema.Load(SchemaDraft.Draft07), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The schema's text, exactly as the file in <c>schema/</c>.</summary>
    /// <param name="draft">Which dialect.</param>
    /// <returns>The UTF-8 JSON text of the schema.</returns>
    public static string GetText(SchemaDraft draft = SchemaDraft.Draft202012) => Get(draft).Text;

    /// <summary>
    /// The schema's identifier: the canonical file's <c>$id</c>. The draft-07 twin's text carries no <c>$id</c>
    /// (react-jsonschema-form cannot resolve the references of a schema that has one); it is evaluated under this identifier.
    /// </summary>
    /// <param name="draft">Which dialect.</param>
    /// <returns>The absolute URI that identifies the schema.</returns>
    public static string GetId(SchemaDraft draft = SchemaDraft.Draft202012) => draft switch
    {
        SchemaDraft.Draft202012 => ReportSchemaGenerator.Draft202012Id,
        SchemaDraft.Draft07 => ReportSchemaGenerator.Draft07Id,
        _ => throw new ArgumentOutOfRangeException(nameof(draft), draft, "Unknown schema draft."),
    };

    /// <summary>
    /// Evaluates UTF-8 JSON (a leading byte order mark is allowed) against the canonical schema. Every
    /// violation is one <see cref="Finding"/> with rule <see cref="RuleIds.Schema"/>, the JSON Schema
    /// keyword, the instance location as a JSON Pointer, and a Chinese and English message naming the
    /// member by its official label. Input that is not JSON gives one <see cref="RuleIds.Json"/> finding.
    /// Safe to call from several threads at once.
    /// </summary>
    /// <param name="utf8Json">The bytes.</param>
    /// <returns>The findings (no report: use <see cref="ReportValidator.ValidateJson(ReadOnlySpan{byte}, AnnualReport?)"/> to read one).</returns>
    public static ValidationResult Evaluate(ReadOnlySpan<byte> utf8Json) => Evaluate(utf8Json, SchemaDraft.Draft202012);

    /// <summary>Evaluates a JSON string against the canonical schema; see <see cref="Evaluate(ReadOnlySpan{byte})"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The findings.</returns>
    public static ValidationResult Evaluate(string json) => Evaluate(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))));

    /// <summary>
    /// Evaluates a stream of UTF-8 JSON, read to its end but no further than <see cref="ReportReadOptions.DefaultMaxSize"/>
    /// bytes, against the canonical schema; see <see cref="Evaluate(ReadOnlySpan{byte})"/>.
    /// </summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The findings; a longer stream gives one <see cref="RuleIds.Json"/> finding with the keyword <see cref="JsonReadKeywords.Size"/>.</returns>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ValidationResult Evaluate(Stream utf8Json) => Evaluate(utf8Json, null);

    /// <summary>Evaluates a stream of UTF-8 JSON, read to its end but no further than the options' limit; see <see cref="Evaluate(ReadOnlySpan{byte})"/>.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">The limits, or <see langword="null"/> for <see cref="ReportReadOptions.Default"/>.</param>
    /// <returns>The findings; a longer stream gives one <see cref="RuleIds.Json"/> finding with the keyword <see cref="JsonReadKeywords.Size"/>.</returns>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ValidationResult Evaluate(Stream utf8Json, ReportReadOptions? options)
    {
        var bytes = BoundedStream.ReadAll(utf8Json, options, out var tooLarge);
        return bytes is null ? new ValidationResult(new[] { tooLarge! }) : Evaluate(bytes);
    }

    /// <summary>Evaluates against either shipped schema (the twin is for tests: it must give the same verdicts).</summary>
    internal static ValidationResult Evaluate(ReadOnlySpan<byte> utf8Json, SchemaDraft draft)
    {
        if (utf8Json.Length >= 3 && utf8Json[0] == 0xEF && utf8Json[1] == 0xBB && utf8Json[2] == 0xBF)
        {
            utf8Json = utf8Json.Slice(3);
        }

        // Encoding, syntax and nesting are described from the bytes, in our words.
        if (JsonScan.Run(utf8Json, SchemaMaxDepth).Fatal is { } unreadable)
        {
            return new ValidationResult(new[] { unreadable });
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json.ToArray(), new JsonDocumentOptions { MaxDepth = SchemaMaxDepth + 2, AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException)
        {
            return new ValidationResult(new[] { JsonReadFindings.Create(JsonReadKeywords.Syntax, string.Empty, "输入不是格式正确的 JSON", "the input is not well-formed JSON") });
        }

        using (document)
        {
            var loaded = Get(draft);
            var root = document.RootElement;

            // The schema's oneOf has a branch per format; a document is described against the branch its formatVersion
            // names, so that its problems are not drowned by those it has against the other formats.
            if (FormatOf(root, out var finding) is not { } format)
            {
                return loaded.Schema.Evaluate(root, loaded.Options).IsValid
                    ? new ValidationResult(Array.Empty<Finding>())
                    : new ValidationResult(new[] { finding! });
            }

            var results = loaded.Branches[format.Format].Evaluate(root, loaded.Options);
            return results.IsValid
                ? new ValidationResult(Array.Empty<Finding>())
                : new ValidationResult(SchemaFindings.From(results, root, loaded.Document.RootElement, format));
        }
    }

    /// <summary>The format a document names in its <c>formatVersion</c>, or the finding that says it names none the library knows.</summary>
    private static ReportFormatInfo? FormatOf(JsonElement root, out Finding? finding)
    {
        finding = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            finding = SchemaFindings.Create("type", string.Empty, "报告应为 JSON 对象", "a report must be a JSON object");
            return null;
        }

        if (!root.TryGetProperty("formatVersion", out var version))
        {
            finding = SchemaFindings.Create("required", string.Empty, $"缺少 formatVersion（格式版本），应为 {KnownFormats.Zh}", $"formatVersion is missing; expected {KnownFormats.En}");
            return null;
        }

        if (version.ValueKind == JsonValueKind.String && ReportFormatInfo.TryGet(version.GetString(), out var format))
        {
            return format;
        }

        finding = SchemaFindings.Create("const", "/formatVersion", $"/formatVersion：formatVersion（格式版本）应为字符串 {KnownFormats.Zh}（实为 {Shorten(version.GetRawText())}）", $"/formatVersion: formatVersion must be the string {KnownFormats.En} (found {Shorten(version.GetRawText())})");
        return null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";

    /// <summary>The deepest nesting the schema evaluation follows; deeper documents are a <see cref="JsonReadKeywords.Depth"/> finding.</summary>
    internal const int SchemaMaxDepth = 64;

    private static LoadedSchema Get(SchemaDraft draft) => draft switch
    {
        SchemaDraft.Draft202012 => Canonical.Value,
        SchemaDraft.Draft07 => Twin.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(draft), draft, "Unknown schema draft."),
    };

    /// <summary>The embedded text of a shipped schema.</summary>
    internal static string ReadResource(SchemaDraft draft)
    {
        var name = "GovDisclosure.Model.Schema." + (draft == SchemaDraft.Draft07 ? Draft07FileName : FileName);
        using var stream = typeof(ReportSchema).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd();
    }

    /// <summary>A shipped schema built once into its own registry (never <see cref="SchemaRegistry.Global"/>).</summary>
    /// <summary>The schema text with an <c>$id</c> as its second member (where JsonSchema.Net 8 requires it).</summary>
    private static string WithId(string text, string id)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(text)!.AsObject();
        var result = new System.Text.Json.Nodes.JsonObject();
        foreach (var pair in node.ToList())
        {
            node.Remove(pair.Key);
            result[pair.Key] = pair.Value;
            if (pair.Key == "$schema")
            {
                result["$id"] = id;
            }
        }

        return result.ToJsonString();
    }

    private sealed class LoadedSchema
    {
        private LoadedSchema(string text, JsonSchema schema, JsonDocument document, Dictionary<ReportFormat, JsonSchema> branches)
        {
            Text = text;
            Schema = schema;
            Document = document;
            Branches = branches;
        }

        /// <summary>Each format's branch of the schema (a schema that refers to the format's report definition).</summary>
        public Dictionary<ReportFormat, JsonSchema> Branches { get; }

        public string Text { get; }

        public JsonSchema Schema { get; }

        public JsonDocument Document { get; }

        public EvaluationOptions Options { get; } = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

        public static LoadedSchema Load(SchemaDraft draft)
        {
            var text = ReadResource(draft);
            var document = JsonDocument.Parse(draft == SchemaDraft.Draft07 ? WithId(text, ReportSchemaGenerator.Draft07Id) : text);
            var options = new BuildOptions
            {
                SchemaRegistry = new SchemaRegistry(),
                Dialect = draft == SchemaDraft.Draft07 ? Dialect.Draft07 : Dialect.Draft202012,
            };
            var schema = JsonSchema.Build(document.RootElement, options);
            var id = draft == SchemaDraft.Draft07 ? ReportSchemaGenerator.Draft07Id : ReportSchemaGenerator.Draft202012Id;
            var uri = draft == SchemaDraft.Draft07 ? ReportSchemaGenerator.Draft07Uri : ReportSchemaGenerator.Draft202012Uri;
            var branches = new Dictionary<ReportFormat, JsonSchema>();
            foreach (var format in ReportFormatInfo.All)
            {
                var name = format.ReportType.Name;
                using var branch = JsonDocument.Parse($"{{\"$schema\":\"{uri}\",\"$id\":\"{id}#{name}-branch\",\"$ref\":\"{id}#/$defs/{name}\"}}".Replace("#" + name + "-branch", "/" + name));
                branches[format.Format] = JsonSchema.Build(branch.RootElement.Clone(), options);
            }

            return new LoadedSchema(text, schema, document, branches);
        }
    }
}
