using System;
using System.Linq;
using GovDisclosure.Model.Schema;
using GovDisclosure.Model.Serialization;

namespace GovDisclosure.Model.Validation;

/// <summary>
/// Reads untrusted JSON end to end: structure, typed model, consistency rules. The strict typed reader
/// is the fast path: it accepts exactly the documents the JSON Schema accepts (tests prove it), so a
/// document it reads is schema-valid without a schema evaluation. When it fails, a scan of the bytes
/// reports what makes them unreadable (encoding, syntax, nesting) and every duplicate member name, each
/// at its pointer; otherwise the full schema evaluation reports every structural problem at once, for a
/// document small enough that the evaluation's memory stays a small multiple of its size. The reader's
/// own finding is returned when neither finds anything (money beyond what a decimal holds exactly) or
/// the document is too large to diagnose.
/// </summary>
internal static class JsonValidationPipeline
{
    public static ValidationResult Run(ReadOnlySpan<byte> utf8Json, AnnualReport? previous)
    {
        if (ReportJson.TryRead(utf8Json, out var report, out var error))
        {
            return ReportValidator.Validate(report, previous);
        }

        if (utf8Json.Length >= 3 && utf8Json[0] == 0xEF && utf8Json[1] == 0xBB && utf8Json[2] == 0xBF)
        {
            utf8Json = utf8Json.Slice(3);
        }

        var scan = JsonScan.Run(utf8Json, ReportSchema.SchemaMaxDepth);
        if (scan.Duplicates.Count > 0 || scan.Fatal is not null)
        {
            return new ValidationResult(scan.All());
        }

        if (!SchemaDiagnosis.Affordable(utf8Json.Length, scan.Tokens))
        {
            return new ValidationResult(new[] { error });
        }

        var schema = ReportSchema.Evaluate(utf8Json);
        return schema.Findings.Any(f => f.RuleId == RuleIds.Schema) ? schema : new ValidationResult(new[] { error });
    }
}
