using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Serialization;

namespace GovDisclosure.Model;

/// <summary>
/// How one cell appeared in the published source, when that differs from a plain number: a blank cell
/// (read as 0), or a number carrying an annotation such as <c>22（其中修订16件）</c>.
/// </summary>
public sealed record CellNote
{
    /// <summary>原表空白 — the cell was blank in the published report; the model holds 0.</summary>
    [OfficialLabel("原表空白", "Blank in source")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Blank { get; init; }

    /// <summary>原表注释 — annotation text that accompanied the number, e.g. <c>其中修订16件</c>.</summary>
    [OfficialLabel("原表注释", "Annotation in source")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Annotation { get; init; }

    /// <summary>原表文字 — the cell's text exactly as published, e.g. <c>22（其中修订16件）</c>.</summary>
    [OfficialLabel("原表文字", "Source text")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SourceText { get; init; }

    /// <summary>A note saying the cell was blank.</summary>
    public static CellNote BlankCell { get; } = new() { Blank = true };
}

/// <summary>
/// Source notes of a report: a <see cref="CellNote"/> per cell, keyed by the cell's JSON Pointer
/// (e.g. <c>/applications/outcomes/total/naturalPersons</c>). Compares by value; enumerates in ordinal key order.
/// </summary>
public sealed class SourceNotes : IEquatable<SourceNotes>, IReadOnlyDictionary<string, CellNote>
{
    private readonly ImmutableSortedDictionary<string, CellNote> _notes;

    private SourceNotes(ImmutableSortedDictionary<string, CellNote> notes) => _notes = notes;

    /// <summary>No notes.</summary>
    public static SourceNotes Empty { get; } = new(ImmutableSortedDictionary.Create<string, CellNote>(StringComparer.Ordinal));

    /// <summary>Creates notes from pointer/note pairs.</summary>
    /// <param name="notes">The notes; a pointer may appear once.</param>
    /// <returns>The notes.</returns>
    /// <exception cref="ArgumentException">A pointer appears twice.</exception>
    public static SourceNotes Create(IEnumerable<KeyValuePair<string, CellNote>> notes)
    {
        if (notes is null)
        {
            throw new ArgumentNullException(nameof(notes));
        }

        var builder = ImmutableSortedDictionary.CreateBuilder<string, CellNote>(StringComparer.Ordinal);
        foreach (var pair in notes)
        {
            builder.Add(pair.Key, pair.Value ?? throw new ArgumentException($"The note for '{pair.Key}' is null.", nameof(notes)));
        }

        return new SourceNotes(builder.ToImmutable());
    }

    internal ImmutableSortedDictionary<string, CellNote> Dictionary => _notes;

    /// <summary>Returns a copy with <paramref name="note"/> set for <paramref name="pointer"/>.</summary>
    /// <param name="pointer">The cell's JSON Pointer.</param>
    /// <param name="note">The note.</param>
    /// <returns>The new notes.</returns>
    public SourceNotes With(string pointer, CellNote note) => new(_notes.SetItem(pointer, note));

    /// <inheritdoc />
    public int Count => _notes.Count;

    /// <inheritdoc />
    public CellNote this[string key] => _notes[key];

    /// <inheritdoc />
    public IEnumerable<string> Keys => _notes.Keys;

    /// <inheritdoc />
    public IEnumerable<CellNote> Values => _notes.Values;

    /// <inheritdoc />
    public bool ContainsKey(string key) => _notes.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, out CellNote value) => _notes.TryGetValue(key, out value!);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, CellNote>> GetEnumerator() => _notes.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(SourceNotes? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        foreach (var pair in _notes)
        {
            if (!other._notes.TryGetValue(pair.Key, out var note) || !pair.Value.Equals(note))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SourceNotes);

    /// <inheritdoc />
    public override string ToString() => "{" + string.Join(", ", _notes.Select(p => $"{p.Key}: {p.Value}")) + "}";

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = 19;
        foreach (var pair in _notes)
        {
            hash = unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(pair.Key) + pair.Value.GetHashCode());
        }

        return hash;
    }
}
