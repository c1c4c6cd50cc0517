namespace Jilin.Urbanization.Domain.Queries;

/// <summary>
/// The keyword index's map from a gram key (a character or a pair of characters, as a <see cref="long"/>) to its gram
/// number, numbered in order of first insertion. Open addressing with linear probing over two parallel arrays (keys
/// and numbers), at most three quarters full: about 16 bytes per gram where a <see cref="Dictionary{TKey, TValue}"/>
/// takes 28, and no per-entry hash code or chain to follow, which matters at hundreds of thousands of grams.
/// Written while the index is built, read-only afterwards (safe for concurrent reads).
/// </summary>
internal sealed class GramTable
{
    private long[] keys;
    private int[] numbers; // -1: empty slot
    private int mask;
    private int shift; // 64 − log2(slots): the hash's top bits pick the slot

    public GramTable(int capacity = 4096)
    {
        var size = 16;
        while (size * 3 / 4 < capacity)
        {
            size <<= 1;
        }

        keys = new long[size];
        numbers = new int[size];
        Array.Fill(numbers, -1);
        mask = size - 1;
        shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
    }

    /// <summary>The number of grams.</summary>
    public int Count { get; private set; }

    /// <summary>The gram's number, or -1 when the table does not hold it.</summary>
    public int Find(long key)
    {
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            var number = numbers[slot];
            if (number < 0 || keys[slot] == key)
            {
                return number;
            }
        }
    }

    /// <summary>The gram's number, adding it (with the next number) when it is new; <paramref name="added"/> says which.</summary>
    public int FindOrAdd(long key, out bool added)
    {
        var slot = Slot(key);
        for (; numbers[slot] >= 0; slot = (slot + 1) & mask)
        {
            if (keys[slot] == key)
            {
                added = false;
                return numbers[slot];
            }
        }

        added = true;
        keys[slot] = key;
        numbers[slot] = Count;
        if (++Count > (mask + 1) * 3 / 4)
        {
            Grow();
        }

        return Count - 1;
    }

    // Fibonacci hashing: multiply by 2^64/φ and keep the top bits (wrapping arithmetic on purpose).
    private int Slot(long key) => unchecked((int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> shift));

    private void Grow()
    {
        var (oldKeys, oldNumbers) = (keys, numbers);
        keys = new long[oldKeys.Length * 2];
        numbers = new int[oldKeys.Length * 2];
        Array.Fill(numbers, -1);
        mask = keys.Length - 1;
        shift--;
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldNumbers[i] >= 0)
            {
                var slot = Slot(oldKeys[i]);
                while (numbers[slot] >= 0)
                {
                    slot = (slot + 1) & mask;
                }

                keys[slot] = oldKeys[i];
                numbers[slot] = oldNumbers[i];
            }
        }
    }
}
