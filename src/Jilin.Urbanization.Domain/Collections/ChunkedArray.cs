namespace Jilin.Urbanization.Domain.Collections;

/// <summary>
/// Storage that grows in chunks of <see cref="ChunkLength"/> items, so no part of it is a large object (85,000 bytes
/// or more): large objects are collected only by gen-2 collections, and a quarter's log (10,000 entries) read again
/// and again in one array would start a full collection every few reads. The first chunk grows by doubling from 16
/// items, so a small log stays small; past <see cref="ChunkLength"/> items, whole chunks are added.
/// </summary>
/// <remarks>
/// The owner serialises writers. Chunks that are full are never replaced (only a growing first chunk is, copied
/// whole), and the chunk table is published whole, so a reader that learnt a count after the items below it were
/// written finds them in any table it reads afterwards.
/// </remarks>
/// <typeparam name="T">The item type, at most 8 bytes (a reference, an <c>int</c>, a <c>long</c>) so a chunk stays small.</typeparam>
internal sealed class ChunkedArray<T>
{
    /// <summary>log2 of <see cref="ChunkLength"/>.</summary>
    public const int ChunkShift = 13;

    /// <summary>Items a full chunk holds: 8,192 (64 KB of references).</summary>
    public const int ChunkLength = 1 << ChunkShift;

    /// <summary>The bits of an index within its chunk.</summary>
    public const int ChunkMask = ChunkLength - 1;

    private T[][] chunks = [];

    /// <summary>Storage for at least <paramref name="capacity"/> items (exactly, when it is a power of two of at least 16).</summary>
    public ChunkedArray(int capacity = 0)
    {
        if (capacity > 0)
        {
            EnsureCapacity(capacity);
        }
    }

    /// <summary>How many items fit without growing.</summary>
    public int Capacity { get; private set; }

    /// <summary>The chunks as published; index <c>i</c> is at <c>[i &gt;&gt; ChunkShift][i &amp; ChunkMask]</c>.</summary>
    public T[][] Chunks => Volatile.Read(ref chunks);

    /// <summary>The item at <paramref name="index"/>, below <see cref="Capacity"/>.</summary>
    public ref T this[int index] => ref chunks[index >> ChunkShift][index & ChunkMask];

    /// <summary>The first <paramref name="count"/> items, read through the chunks published now.</summary>
    public ChunkedPrefix<T> Prefix(int count) => new(Chunks, count);

    /// <summary>Grows (keeping every item) until <paramref name="capacity"/> items fit.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (capacity <= Capacity)
        {
            return;
        }

        var current = chunks;
        T[][] grown;
        if (capacity <= ChunkLength)
        {
            var size = Math.Max(16, Capacity * 2);
            while (size < capacity)
            {
                size *= 2;
            }

            grown = [Copy(current, Math.Min(size, ChunkLength))];
        }
        else
        {
            grown = new T[(capacity + ChunkMask) >> ChunkShift][];
            current.AsSpan().CopyTo(grown);
            grown[0] = Copy(current, ChunkLength);
            for (var c = Math.Max(1, current.Length); c < grown.Length; c++)
            {
                grown[c] = new T[ChunkLength];
            }
        }

        Capacity = grown.Length == 1 ? grown[0].Length : grown.Length * ChunkLength;
        Volatile.Write(ref chunks, grown);
    }

    // The first chunk at the given length: the same array when it is already that long.
    private static T[] Copy(T[][] current, int length)
    {
        if (current.Length > 0 && current[0].Length == length)
        {
            return current[0];
        }

        var first = new T[length];
        if (current.Length > 0)
        {
            current[0].CopyTo(first, 0);
        }

        return first;
    }
}
