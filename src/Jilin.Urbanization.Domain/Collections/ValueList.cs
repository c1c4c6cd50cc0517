using System.Collections;
using System.Collections.Immutable;

namespace Jilin.Urbanization.Domain;

/// <summary>
/// An immutable list with value equality: two lists are equal when they hold equal items in the same order.
/// Every collection the model exposes is one of these, so records that hold lists compare by content,
/// and no cast turns a list back into something that can change the catalog.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly ImmutableArray<T> items;

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty { get; } = new(ImmutableArray<T>.Empty);

    private ValueList(ImmutableArray<T> items) => this.items = items;

    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The items, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static ValueList<T> From(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var array = items.ToImmutableArray();
        return array.IsEmpty ? Empty : new ValueList<T>(array);
    }

    /// <summary>Wraps an immutable array without copying it.</summary>
    /// <param name="items">The items, in order.</param>
    public static ValueList<T> From(ImmutableArray<T> items) =>
        items.IsDefaultOrEmpty ? Empty : new ValueList<T>(items);

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <param name="index">From 0 to <see cref="Count"/> − 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public T this[int index] => index >= 0 && index < items.Length
        ? items[index]
        : throw new ArgumentOutOfRangeException(nameof(index), index, $"The list has {items.Length} item(s); index {index} is outside 0 to {items.Length - 1}.");

    /// <inheritdoc/>
    public int Count => items.Length;

    /// <summary>The items as an immutable array (no copy).</summary>
    public ImmutableArray<T> AsImmutableArray() => items;

    /// <summary>Returns a struct enumerator over the items (no allocation in <c>foreach</c>).</summary>
    public ImmutableArray<T>.Enumerator GetEnumerator() => items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)items).GetEnumerator();

    /// <summary>True when <paramref name="other"/> holds equal items in the same order.</summary>
    /// <param name="other">The list to compare with.</param>
    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.items.Length != items.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < items.Length; i++)
        {
            if (!comparer.Equals(items[i], other.items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(items.Length);
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>A short description: the item count.</summary>
    public override string ToString() => $"{Count} item(s)";
}

/// <summary>Factory methods for <see cref="ValueList{T}"/>.</summary>
public static class ValueList
{
    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, in order.</param>
    public static ValueList<T> ToValueList<T>(this IEnumerable<T> items) => ValueList<T>.From(items);
}
