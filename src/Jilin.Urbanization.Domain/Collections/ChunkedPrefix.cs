using System.Collections;

namespace Jilin.Urbanization.Domain.Collections;

/// <summary>The first <see cref="Count"/> items of a <see cref="ChunkedArray{T}"/>, read without copying.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal readonly struct ChunkedPrefix<T> : IReadOnlyList<T>
{
    private readonly T[][] chunks;

    /// <summary>A prefix of <paramref name="count"/> items of <paramref name="chunks"/>.</summary>
    public ChunkedPrefix(T[][] chunks, int count)
    {
        this.chunks = chunks;
        Count = count;
    }

    /// <summary>How many items.</summary>
    public int Count { get; }

    /// <summary>The item at <paramref name="index"/>.</summary>
    public T this[int index] => (uint)index < (uint)Count
        ? chunks[index >> ChunkedArray<T>.ChunkShift][index & ChunkedArray<T>.ChunkMask]
        : throw new ArgumentOutOfRangeException(nameof(index), index, $"The prefix holds {Count} item(s).");

    /// <summary>The items in one new array.</summary>
    public T[] ToArray()
    {
        var array = new T[Count];
        for (int c = 0, at = 0; at < Count; c++, at += ChunkedArray<T>.ChunkLength)
        {
            chunks[c].AsSpan(0, Math.Min(chunks[c].Length, Count - at)).CopyTo(array.AsSpan(at));
        }

        return array;
    }

    /// <summary>Enumerates the items in order without allocating.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The enumerator of <see cref="ChunkedPrefix{T}"/>.</summary>
    public struct Enumerator(ChunkedPrefix<T> prefix) : IEnumerator<T>
    {
        private int index = -1;

        /// <inheritdoc/>
        public readonly T Current => prefix[index];

        readonly object? IEnumerator.Current => Current;

        /// <inheritdoc/>
        public bool MoveNext() => ++index < prefix.Count;

        /// <inheritdoc/>
        public void Reset() => index = -1;

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }
    }
}
