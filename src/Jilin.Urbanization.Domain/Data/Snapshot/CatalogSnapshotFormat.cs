using System.Buffers.Binary;
using System.Numerics;

namespace Jilin.Urbanization.Domain.Data.Snapshot;

/// <summary>
/// The frame around a catalog snapshot: the parsed catalog, stored in binary so a process can load it without
/// parsing the seeds or starting System.Text.Json (the costs of a cold start, issue #7).
/// <para>
/// Layout (little-endian): the 4 ASCII bytes <c>JUCS</c>, the format version (int32), the payload length (int32),
/// the payload's 64-bit checksum (uint64, <see cref="Checksum"/>), then the payload (<see cref="CatalogSnapshotWriter"/>).
/// </para>
/// The checksum catches a truncated or altered snapshot at every load without loading a cryptographic library
/// (OpenSSL's first use alone costs milliseconds); the SHA-256 of the same bytes is recorded at build time and
/// published by <see cref="EmbeddedDataInfo"/>.
/// </summary>
internal static class CatalogSnapshotFormat
{
    /// <summary>The snapshot's manifest name.</summary>
    public const string ResourceName = EmbeddedData.DataPrefix + "catalog.snapshot";

    /// <summary>Bumped whenever the payload layout changes; a reader refuses any other version.</summary>
    public const int Version = 4;

    public const int HeaderLength = 4 + 4 + 4 + 8;

    private static ReadOnlySpan<byte> Magic => "JUCS"u8;

    /// <summary>Wraps a payload in the frame.</summary>
    public static byte[] Frame(ReadOnlySpan<byte> payload)
    {
        var framed = new byte[HeaderLength + payload.Length];
        Magic.CopyTo(framed);
        BinaryPrimitives.WriteInt32LittleEndian(framed.AsSpan(4), Version);
        BinaryPrimitives.WriteInt32LittleEndian(framed.AsSpan(8), payload.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(framed.AsSpan(12), Checksum(payload));
        payload.CopyTo(framed.AsSpan(HeaderLength));
        return framed;
    }

    /// <summary>Checks the frame and returns the payload's range; a damaged frame fails naming what is wrong.</summary>
    /// <exception cref="PolicyDataException">Wrong magic or version, a length that does not match, or a checksum mismatch.</exception>
    public static Range Unframe(ReadOnlySpan<byte> framed, string location)
    {
        if (framed.Length < HeaderLength || !framed[..4].SequenceEqual(Magic))
        {
            throw new PolicyDataException($"The catalog snapshot does not start with a snapshot header ({framed.Length} bytes); the package is damaged. Reinstall the package.", location);
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(framed[4..]);
        if (version != Version)
        {
            throw new PolicyDataException($"The catalog snapshot has format version {version}; this library reads version {Version}.", location);
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(framed[8..]);
        if (length != framed.Length - HeaderLength)
        {
            throw new PolicyDataException($"The catalog snapshot declares {length} bytes of data but holds {framed.Length - HeaderLength}; it was truncated or extended. Reinstall the package.", location);
        }

        var expected = BinaryPrimitives.ReadUInt64LittleEndian(framed[12..]);
        var actual = Checksum(framed[HeaderLength..]);
        if (actual != expected)
        {
            throw new PolicyDataException($"The catalog snapshot's checksum is {actual:x16}, not the recorded {expected:x16}; it was altered. Reinstall the package.", location);
        }

        return HeaderLength..framed.Length;
    }

    /// <summary>
    /// An FNV-1a-style 64-bit checksum over little-endian 8-byte words (then the remaining bytes), with a rotation
    /// after each multiply so a change in any bit spreads to every bit: simple, dependency-free, and fast enough to
    /// run on every load.
    /// </summary>
    public static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        const ulong prime = 1099511628211UL;
        var hash = 14695981039346656037UL;
        var words = bytes.Length / 8;
        for (var i = 0; i < words; i++)
        {
            hash = BitOperations.RotateLeft(unchecked((hash ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(i * 8, 8))) * prime), 31);
        }

        foreach (var b in bytes[(words * 8)..])
        {
            hash = BitOperations.RotateLeft(unchecked((hash ^ b) * prime), 31);
        }

        return hash;
    }
}
