namespace Jilin.Urbanization.Domain.Collections;

/// <summary>
/// A map from a packed key (a <c>long</c>) to an index, open-addressed with linear probing over
/// <see cref="ChunkedArray{T}"/> storage so a table of 10,000 keys is no large object (a
/// <c>Dictionary&lt;long, int&gt;</c> of that size is a 400 KB array, and every large object counts toward a gen-2
/// collection). Not thread-safe: its owner serialises every call.
/// </summary>
internal sealed class LongIndexMap
{
    private ChunkedArray<long> keys;
    private ChunkedArray<int> values;   // the index + 1; 0 marks an empty slot
    private int mask;
    private int shift;
    private int count;

    /// <summary>A map with room for <paramref name="capacity"/> keys before it grows.</summary>
    public LongIndexMap(int capacity = 0)
    {
        var size = 16;
        while (size < capacity * 2)
        {
            size *= 2;
        }

        (keys, values, mask, shift) = Table(size);
    }

    /// <summary>How many keys the map holds.</summary>
    public int Count => count;

    /// <summary>True with the index of <paramref name="key"/> when the map holds it.</summary>
    public bool TryGetValue(long key, out int value)
    {
        for (var slot = Home(key); ; slot = (slot + 1) & mask)
        {
            var stored = values[slot];
            if (stored == 0)
            {
                value = -1;
                return false;
            }

            if (keys[slot] == key)
            {
                value = stored - 1;
                return true;
            }
        }
    }

    /// <summary>Sets the index of <paramref name="key"/> (at least 0), adding the key when it is new.</summary>
    public void Set(long key, int value)
    {
        var slot = Home(key);
        for (; values[slot] != 0; slot = (slot + 1) & mask)
        {
            if (keys[slot] == key)
            {
                values[slot] = value + 1;
                return;
            }
        }

        // At most half full, so a probe ends soon after its home slot.
        if ((count + 1) * 2 > mask + 1)
        {
            Grow();
            Set(key, value);
            return;
        }

        keys[slot] = key;
        values[slot] = value + 1;
        count++;
    }

    /// <summary>Removes <paramref name="key"/> if the map holds it.</summary>
    public void Remove(long key)
    {
        var slot = Home(key);
        for (; values[slot] == 0 || keys[slot] != key; slot = (slot + 1) & mask)
        {
            if (values[slot] == 0)
            {
                return;
            }
        }

        // Backward-shift deletion: a later key of the same probe run moves into the hole, so no lookup stops early.
        var hole = slot;
        for (var next = (hole + 1) & mask; values[next] != 0; next = (next + 1) & mask)
        {
            var home = Home(keys[next]);
            var between = hole <= next ? home > hole && home <= next : home > hole || home <= next;
            if (!between)
            {
                keys[hole] = keys[next];
                values[hole] = values[next];
                hole = next;
            }
        }

        values[hole] = 0;
        count--;
    }

    /// <summary>The key's bits spread over all 64 (a home slot is the top bits of this).</summary>
    public static ulong Spread(long key) => unchecked((ulong)key * 0x9E3779B97F4A7C15UL);

    private static (ChunkedArray<long>, ChunkedArray<int>, int Mask, int Shift) Table(int size) =>
        (new ChunkedArray<long>(size), new ChunkedArray<int>(size), size - 1, 64 - System.Numerics.BitOperations.Log2((uint)size));

    // Fibonacci hashing over all the key's bits: the pair number sits in the high half and the day in the low one, and
    // a hash that XORs the halves (long.GetHashCode) made a million daily figures share about 4,600 codes.
    private int Home(long key) => (int)(Spread(key) >> shift);

    private void Grow()
    {
        var (oldKeys, oldValues, oldSize) = (keys, values, mask + 1);
        (keys, values, mask, shift) = Table(oldSize * 2);
        count = 0;
        for (var i = 0; i < oldSize; i++)
        {
            if (oldValues[i] != 0)
            {
                Set(oldKeys[i], oldValues[i] - 1);
            }
        }
    }
}
