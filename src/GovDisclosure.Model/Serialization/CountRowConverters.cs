using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace GovDisclosure.Model.Serialization;

/// <summary>
/// Reads a record made only of counts (a row of table 三, a group of table 四, a row of table 二) in one
/// pass, with the same strictness as the serializer (unknown, duplicate, missing members; the value
/// rules of <see cref="CountJsonConverter"/>) but without its generic per-member overhead. The member
/// names and their order come from the model's JSON contract, so they have one home.
/// </summary>
internal abstract class CountRowConverter<T> : JsonConverter<T>
    where T : class
{
    private readonly string[] _names;
    private readonly byte[][] _utf8Names;
    private readonly JsonEncodedText[] _encodedNames;

    protected CountRowConverter()
    {
        _names = ReportJsonContext.Default.GetTypeInfo(typeof(T))!.Properties.OrderBy(p => p.Order).Select(p => p.Name).ToArray();
        if (_names.Length > 32)
        {
            throw new InvalidOperationException($"{typeof(T).Name} has more members than a row converter tracks.");
        }

        _utf8Names = _names.Select(Encoding.UTF8.GetBytes).ToArray();
        _encodedNames = _names.Select(n => JsonEncodedText.Encode(n)).ToArray();
    }

    public override bool HandleNull => true;

    /// <summary>The members' values in contract order.</summary>
    protected abstract T Create(ReadOnlySpan<uint> values);

    /// <summary>The value of the member at <paramref name="index"/> in contract order.</summary>
    protected abstract uint Get(T value, int index);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonReadError.NotAnObject(reader.TokenType);
        }

        Span<uint> values = stackalloc uint[_names.Length];
        var seen = 0u;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = IndexOf(ref reader);
            if (index < 0)
            {
                throw JsonReadError.UnknownMember(reader.GetString()!);
            }

            var bit = 1u << index;
            if ((seen & bit) != 0)
            {
                throw JsonReadError.DuplicateMember(_names[index]);
            }

            seen |= bit;
            reader.Read();
            try
            {
                values[index] = CountJsonConverter.ReadCount(ref reader);
            }
            catch (JsonReadError e) when (e.RelativePointer is null)
            {
                throw e.At(_names[index]);
            }
        }

        var all = _names.Length == 32 ? uint.MaxValue : (1u << _names.Length) - 1;
        if (seen != all)
        {
            throw JsonReadError.MissingMembers(_names.Where((_, i) => (seen & (1u << i)) == 0));
        }

        return Create(values);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        for (var i = 0; i < _encodedNames.Length; i++)
        {
            writer.WriteNumber(_encodedNames[i], Get(value, i));
        }

        writer.WriteEndObject();
    }

    private int IndexOf(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < _utf8Names.Length; i++)
        {
            if (reader.ValueTextEquals(_utf8Names[i]))
            {
                return i;
            }
        }

        return -1;
    }
}

internal sealed class ApplicantCountsConverter : CountRowConverter<ApplicantCounts>
{
    protected override ApplicantCounts Create(ReadOnlySpan<uint> v) => ApplicantCounts.FromColumns(v);

    protected override uint Get(ApplicantCounts value, int index) => value[index];
}

internal sealed class CaseOutcomesConverter : CountRowConverter<CaseOutcomes>
{
    protected override CaseOutcomes Create(ReadOnlySpan<uint> v) => new() { Upheld = v[0], Corrected = v[1], Other = v[2], Pending = v[3], Total = v[4] };

    protected override uint Get(CaseOutcomes value, int index) => index switch
    {
        0 => value.Upheld,
        1 => value.Corrected,
        2 => value.Other,
        3 => value.Pending,
        _ => value.Total,
    };
}

internal sealed class DocumentCountsConverter : CountRowConverter<DocumentCounts>
{
    protected override DocumentCounts Create(ReadOnlySpan<uint> v) => new() { Issued = v[0], Repealed = v[1], InForce = v[2] };

    protected override uint Get(DocumentCounts value, int index) => index switch
    {
        0 => value.Issued,
        1 => value.Repealed,
        _ => value.InForce,
    };
}

internal sealed class DecisionCountConverter : CountRowConverter<DecisionCount>
{
    protected override DecisionCount Create(ReadOnlySpan<uint> v) => new() { Decisions = v[0] };

    protected override uint Get(DecisionCount value, int index) => value.Decisions;
}

/// <summary>The one-pass converters (rows of counts, paragraphs), as registered on the reading and writing options.</summary>
internal static class CountRowConverters
{
    public static IEnumerable<JsonConverter> All() =>
        [new ApplicantCountsConverter(), new CaseOutcomesConverter(), new DocumentCountsConverter(), new DecisionCountConverter(), new ParagraphConverter()];
}
