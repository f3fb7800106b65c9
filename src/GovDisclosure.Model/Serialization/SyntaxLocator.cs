using System;
using System.Collections.Generic;
using System.Text.Json;

namespace GovDisclosure.Model.Serialization;

/// <summary>Finds the JSON Pointer of the value being read where a document stops being well-formed.</summary>
internal static class SyntaxLocator
{
    /// <summary>How deep the locator follows a document that is only being checked for syntax.</summary>
    public const int DefaultMaxDepth = 256;

    public static string Locate(ReadOnlySpan<byte> utf8Json, int maxDepth = DefaultMaxDepth)
    {
        // Each frame: the pointer of a container, and the token under it being read (a member name or an index).
        var frames = new List<(string Pointer, bool IsArray, int Index, string? Member)>();
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[frames.Count - 1] = (frames[frames.Count - 1].Pointer, false, 0, reader.GetString());
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        Advance(frames);
                        var pointer = frames.Count == 0 ? string.Empty : Current(frames);
                        frames.Add((pointer, reader.TokenType == JsonTokenType.StartArray, -1, null));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    default:
                        Advance(frames);
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            return frames.Count == 0 ? string.Empty : Current(frames);
        }

        return string.Empty;
    }

    private static void Advance(List<(string Pointer, bool IsArray, int Index, string? Member)> frames)
    {
        if (frames.Count > 0 && frames[frames.Count - 1].IsArray)
        {
            var f = frames[frames.Count - 1];
            frames[frames.Count - 1] = (f.Pointer, true, f.Index + 1, null);
        }
    }

    private static string Current(List<(string Pointer, bool IsArray, int Index, string? Member)> frames)
    {
        var f = frames[frames.Count - 1];
        if (f.IsArray)
        {
            return f.Index < 0 ? f.Pointer : f.Pointer + "/" + f.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return f.Member is null ? f.Pointer : JsonPointers.Append(f.Pointer, f.Member);
    }
}
