using System.Buffers.Binary;
using CsCheck;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Data.Snapshot;
using Jilin.Urbanization.Domain.Tests.Reliability;

namespace Jilin.Urbanization.Domain.Tests.Snapshot;

/// <summary>
/// A damaged snapshot is refused at load with a <see cref="PolicyDataException"/> naming it: truncated, altered,
/// of another format version, with bytes left over, or made from other seed bytes than the manifest pins. Even a
/// payload damaged behind a recomputed checksum reads as a whole catalog or fails that way, never otherwise.
/// </summary>
public class SnapshotIntegrityTests
{
    private const string Location = CatalogSnapshotFormat.ResourceName;
    private static readonly byte[] Valid = EmbeddedData.ReadResource(Location);

    private static ReadOnlySpan<byte> Payload => Valid.AsSpan(CatalogSnapshotFormat.HeaderLength);

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(CatalogSnapshotFormat.HeaderLength)]
    [InlineData(1000)]
    [InlineData(-1)]
    public void A_truncated_snapshot_is_refused_naming_it(int keep)
    {
        var bytes = Valid[..(keep < 0 ? Valid.Length + keep : keep)];

        var load = () => CatalogSnapshotReader.Read(bytes, Location);

        load.Should().Throw<PolicyDataException>().Which.Location.Should().Be(Location);
    }

    [Fact]
    public void A_snapshot_with_one_byte_altered_is_refused_by_its_checksum()
    {
        var bytes = (byte[])Valid.Clone();
        bytes[bytes.Length / 2] ^= 0x01;

        var load = () => CatalogSnapshotReader.Read(bytes, Location);

        load.Should().Throw<PolicyDataException>().WithMessage("*checksum*altered*");
    }

    [Fact]
    public void A_snapshot_of_another_format_version_is_refused()
    {
        var bytes = (byte[])Valid.Clone();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), CatalogSnapshotFormat.Version + 1);

        var load = () => CatalogSnapshotReader.Read(bytes, Location);

        load.Should().Throw<PolicyDataException>().WithMessage($"*version {CatalogSnapshotFormat.Version + 1}*");
    }

    [Fact]
    public void A_snapshot_with_bytes_after_the_catalog_is_refused()
    {
        var bytes = CatalogSnapshotFormat.Frame([.. Payload, 0x00]);

        var load = () => CatalogSnapshotReader.Read(bytes, Location);

        load.Should().Throw<PolicyDataException>().WithMessage("*1 bytes after the catalog*")
            .Which.Location.Should().StartWith(Location + ": byte ");
    }

    [Fact]
    public void A_snapshot_made_from_other_seed_bytes_is_refused_as_stale()
    {
        var catalog = PolicyCatalog.ParseEmbedded();
        var stale = catalog.Documents.Select(d => d with { Source = d.Source with { Sha256 = new string('0', 64) } });
        var documents = new PolicyCatalog(stale, catalog.Departments).Documents;

        var verify = () => SeedManifest.VerifySnapshot(documents, Location);

        verify.Should().Throw<PolicyDataException>().WithMessage("*stale*");
    }

    [Fact]
    public void A_snapshot_missing_a_document_is_refused()
    {
        var documents = PolicyCatalog.Default.Documents.Take(1).ToValueList();

        var verify = () => SeedManifest.VerifySnapshot(documents, Location);

        verify.Should().Throw<PolicyDataException>().WithMessage("*holds 1 documents*lists 2*");
    }

    [Fact]
    public void A_payload_damaged_behind_a_valid_checksum_reads_whole_or_fails_with_a_PolicyDataException()
    {
        // The checksum stops random damage; this proves the reader itself, should a writer and reader ever disagree.
        var payload = Payload.ToArray();
        var gen = from at in Gen.Int[0, payload.Length - 1]
                  from length in Gen.Int[1, 16]
                  from noise in Gen.Byte.Array[1, 4]
                  from cut in Gen.Bool
                  select Damage(payload, at, length, noise, cut);

        Documented.WithinTimeLimit(() => gen.Sample(
            bytes =>
            {
                if (Documented.ResultOrPolicyDataException(() => CatalogSnapshotReader.Read(CatalogSnapshotFormat.Frame(bytes), Location)) is { } catalog)
                {
                    Documented.Exercise(catalog);
                }
            },
            iter: 300));
    }

    private static byte[] Damage(byte[] payload, int at, int length, byte[] noise, bool cut)
    {
        if (cut)
        {
            return payload[..at];
        }

        var damaged = (byte[])payload.Clone();
        for (var i = 0; i < length && at + i < damaged.Length; i++)
        {
            damaged[at + i] = noise[i % noise.Length];
        }

        return damaged;
    }
}
