using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace GovDisclosure.Model;

/// <summary>
/// An immutable array that compares by value, so that records holding it compare by value too.
/// The default value is an empty array.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Creates an array holding <paramref name="items"/>.</summary>
    /// <param name="items">The elements, in order.</param>
    public EquatableArray(ImmutableArray<T> items) => _items = items;

    /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The elements, in order.</param>
    public EquatableArray(IEnumerable<T> items) => _items = ImmutableArray.CreateRange(items ?? throw new ArgumentNullException(nameof(items)));

    /// <summary>The empty array.</summary>
    public static EquatableArray<T> Empty => default;

    /// <summary>The elements as an <see cref="ImmutableArray{T}"/> (never default).</summary>
    public ImmutableArray<T> Items => _items.IsDefault ? ImmutableArray<T>.Empty : _items;

    /// <inheritdoc />
    public int Count => _items.IsDefault ? 0 : _items.Length;

    /// <inheritdoc />
    public T this[int index] => Items[index];

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other)
    {
        var a = Items;
        var b = other.Items;
        if (a.Length != b.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var comparer = EqualityComparer<T>.Default;
        var hash = 17;
        foreach (var item in Items)
        {
            hash = unchecked((hash * 31) + (item is null ? 0 : comparer.GetHashCode(item)));
        }

        return hash;
    }

    /// <inheritdoc />
    public override string ToString() => $"[{string.Join(", ", Items)}]";

    /// <summary>Value equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both arrays hold equal elements in the same order.</returns>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether the arrays differ.</returns>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>Wraps an immutable array.</summary>
    /// <param name="items">The elements.</param>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Wraps a copy of an array.</summary>
    /// <param name="items">The elements.</param>
    public static implicit operator EquatableArray<T>(T[] items) => new(ImmutableArray.Create(items));

    /// <summary>Returns an enumerator over the elements.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();
}
