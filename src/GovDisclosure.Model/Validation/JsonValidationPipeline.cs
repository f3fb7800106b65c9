using System;
using System.Linq;
using GovDisclosure.Model.Schema;
using GovDisclosure.Model.Serialization;

namespace GovDisclosure.Model.Validation;

/// <summary>
/// Reads untrusted JSON end to end: structure, typed model, consistency rules. The strict typed reader
/// is the fast path: it accepts exactly the documents the JSON Schema accepts (tests prove it), so a
/// document it reads is schema-valid without a schema evaluation. Only when it fails does the full
/// schema evaluation run, to report every structural problem at once; the reader's own finding is
/// returned when the schema finds nothing, which happens only for what JSON Schema cannot express
/// (duplicate member names, unpaired surrogate escapes, money beyond what a decimal holds exactly).
/// </summary>
internal static class JsonValidationPipeline
{
    public static ValidationResult Run(ReadOnlySpan<byte> utf8Json, AnnualReport? previous)
    {
        if (ReportJson.TryRead(utf8Json, out var report, out var error))
        {
            return ReportValidator.Validate(report, previous);
        }

        var schema = ReportSchema.Evaluate(utf8Json);
        return schema.Findings.Any(f => f.RuleId == RuleIds.Schema) ? schema : new ValidationResult(new[] { error });
    }
}
