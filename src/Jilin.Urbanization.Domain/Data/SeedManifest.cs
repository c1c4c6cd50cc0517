using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Data;

/// <summary>
/// The seed files the package embeds, which document each one is, and the SHA-256 each must have.
/// A resource that does not match is refused at load (tampered or truncated).
/// </summary>
public static class SeedManifest
{
    /// <summary>The seeds, in catalog order (oldest document first).</summary>
    public static ValueList<SeedEntry> Entries { get; } = new[]
    {
        new SeedEntry(
            DocumentIds.UrbanizationTasks2021,
            2021,
            "003_45457a5d941c424b.txt",
            "eabc8e5df8eaf1475b3616c16052dfcceda08940e06b3f37b12fb9bf585bbe49"),
        new SeedEntry(
            DocumentIds.CountyUrbanization2022,
            2022,
            "000_01bf865551ff927a.txt",
            "8712d772e0976cc8ccff4d233a54efe5594abe0f886ed170b0345f65c567afcd"),
    }.ToValueList();

    /// <summary>
    /// Checks that a catalog snapshot holds one document per seed, made from the seed bytes the manifest pins.
    /// </summary>
    /// <exception cref="PolicyDataException">A document is missing, extra, or was made from other seed bytes.</exception>
    internal static void VerifySnapshot(ValueList<PolicyDocument> documents, string location)
    {
        if (documents.Count != Entries.Count)
        {
            throw new PolicyDataException($"The catalog snapshot holds {documents.Count} documents; the seed manifest lists {Entries.Count}.", location);
        }

        for (var i = 0; i < documents.Count; i++)
        {
            var (document, seed) = (documents[i], Entries[i]);

            // A source still deferred is checked without being made (making it would load NodaTime at every start).
            var (seedFile, sha256) = document.DeferredSource.Deferred is Snapshot.DeferredParts.SourceMaker deferred
                ? (deferred.SeedFile, deferred.Sha256)
                : (document.Source.SeedFile, document.Source.Sha256);
            if (document.Id.ToString() != seed.DocumentId || seedFile != seed.FileName || sha256 != seed.Sha256)
            {
                throw new PolicyDataException(
                    $"The catalog snapshot's document {i} is '{document.Id}' from {seedFile} (SHA-256 {sha256}); the seed manifest expects '{seed.DocumentId}' from {seed.FileName} (SHA-256 {seed.Sha256}). The snapshot is stale.",
                    location);
            }
        }
    }
}

/// <summary>One embedded seed file.</summary>
/// <param name="DocumentId">The id of the document the seed holds.</param>
/// <param name="Year">
/// The document's year: 2021 is stated in the 2021 document's title; for the 2022 document, the year of the
/// page's printed date (2022年09月19日) and of the central opinion it implements (中办发〔2022〕37号).
/// </param>
/// <param name="FileName">The seed file's name (under <c>seeds/</c> in the repository).</param>
/// <param name="Sha256">The SHA-256 of the seed file's bytes, lower-case hex.</param>
/// <exception cref="ArgumentNullException">A parameter that is not nullable is null; the exception names it.</exception>
public sealed record SeedEntry(string DocumentId, int Year, string FileName, string Sha256)
{
    /// <summary>The id of the document the seed holds.</summary>
    public string DocumentId { get; init => field = Guard.Against.Null(value, nameof(DocumentId)); } = Guard.Against.Null(DocumentId);

    /// <summary>The seed file's name (under <c>seeds/</c> in the repository).</summary>
    public string FileName { get; init => field = Guard.Against.Null(value, nameof(FileName)); } = Guard.Against.Null(FileName);

    /// <summary>The SHA-256 of the seed file's bytes, lower-case hex.</summary>
    public string Sha256 { get; init => field = Guard.Against.Null(value, nameof(Sha256)); } = Guard.Against.Null(Sha256);

    /// <summary>Readable form: <c>file → document (year)</c>.</summary>
    public override string ToString() => $"{FileName} → {DocumentId} ({Year})";
}
