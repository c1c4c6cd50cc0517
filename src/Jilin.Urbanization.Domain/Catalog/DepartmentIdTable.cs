using System.Diagnostics.CodeAnalysis;
using Jilin.Urbanization.Domain.Departments;

namespace Jilin.Urbanization.Domain.Catalog;

/// <summary>
/// Values by <see cref="DepartmentId"/> (the catalog's department index entries): an open-addressing table probed with the
/// hash each id computed when it was parsed, so a look-up by a typed id hashes nothing (the id-string dictionary
/// hashes its key at every look-up). The registry's own ids hold the very strings stored here, so their look-ups
/// also end at a reference comparison.
/// </summary>
internal sealed class DepartmentIdTable<TValue>
    where TValue : class
{
    private readonly string?[] keys;
    private readonly int[] hashes;
    private readonly TValue[] values;
    private readonly int mask;

    public DepartmentIdTable(IReadOnlyList<Department> departments, Func<Department, TValue> valueOf)
    {
        // At most three quarters full, so a miss ends at an empty slot after a short run.
        var size = 4;
        while (size * 3 < departments.Count * 4)
        {
            size *= 2;
        }

        keys = new string?[size];
        hashes = new int[size];
        values = new TValue[size];
        mask = size - 1;
        foreach (var department in departments)
        {
            var id = department.Id;
            var slot = id.GetHashCode() & mask;
            while (keys[slot] is { } key && !string.Equals(key, id.Key, StringComparison.Ordinal))
            {
                slot = (slot + 1) & mask;
            }

            keys[slot] = id.Key;
            hashes[slot] = id.GetHashCode();
            values[slot] = valueOf(department);
        }
    }

    /// <summary>The value of the department with this id; false for an unknown or <c>default</c> id.</summary>
    public bool TryGetValue(DepartmentId id, [NotNullWhen(true)] out TValue? value)
    {
        if (id.Key is { } wanted)
        {
            var hash = id.GetHashCode();
            for (var slot = hash & mask; keys[slot] is { } key; slot = (slot + 1) & mask)
            {
                if (hashes[slot] == hash && string.Equals(key, wanted, StringComparison.Ordinal))
                {
                    value = values[slot];
                    return true;
                }
            }
        }

        value = null;
        return false;
    }
}
