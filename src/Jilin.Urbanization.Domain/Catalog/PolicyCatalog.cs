using Jilin.Urbanization.Domain.Identifiers;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Parsing;
using Jilin.Urbanization.Domain.Threading;

namespace Jilin.Urbanization.Domain.Catalog;

/// <summary>
/// The entry point: both policy documents, their measures and the department registry, with indexes for the
/// questions users ask. <see cref="Default"/> is built once, lazily and thread-safely, from the embedded data.
/// A catalog is immutable and safe to share between threads.
/// </summary>
public sealed partial class PolicyCatalog : IEquatable<PolicyCatalog>
{
    private readonly Dictionary<string, PolicyDocument> documentsById;
    private readonly CatalogIndexes indexes;

    /// <summary>Creates a catalog over documents and the registry their departments come from.</summary>
    /// <param name="documents">
    /// The documents, in catalog order; ids must be unique, and each document's measures must be its own, numbered
    /// 1, 2, 3, … in order (look-ups by id and by document rely on it).
    /// </param>
    /// <param name="departments">The department registry.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two documents share an id, or a document holds a measure of another document or out of its place.</exception>
    public PolicyCatalog(IEnumerable<PolicyDocument> documents, DepartmentRegistry departments)
    {
        Guard.Against.Null(documents);
        Guard.Against.Null(departments);
        Documents = documents.ToValueList();
        Departments = departments;
        documentsById = new Dictionary<string, PolicyDocument>(StringComparer.Ordinal);
        foreach (var document in Documents)
        {
            Guard.Against.Null(document, nameof(documents));
            if (!documentsById.TryAdd(document.Id.ToString(), document))
            {
                throw new ArgumentException($"Two documents share the id '{document.Id}'.", nameof(documents));
            }

            for (var i = 0; i < document.Measures.Count; i++)
            {
                var measure = document.Measures[i];
                var id = measure.Id;
                if (id.Number != i + 1 || id.DocumentId != document.Id)
                {
                    throw new ArgumentException(
                        $"Document '{document.Id}' holds the measure '{id}' at position {i + 1}; its measures must be its own, numbered 1, 2, 3, … in order.",
                        nameof(documents));
                }

                if ((Misplaced(document, measure.ChapterNumber, document.Chapters.Count, $"measure {id.Number}'s chapter")
                    ?? Misplaced(document, measure.GroupNumber, document.Groups.Count, $"measure {id.Number}'s group")) is { } wrong)
                {
                    throw new ArgumentException(wrong, nameof(documents));
                }
            }

            // Chapters and groups are looked up by number (GetChapter, GetGroup, InChapter …): number n sits at position n.
            for (var i = 0; i < document.Chapters.Count; i++)
            {
                var chapter = document.Chapters[i];
                if (chapter.Number != i + 1)
                {
                    throw new ArgumentException(
                        $"Document '{document.Id}' holds chapter {chapter.Number} at position {i + 1}; its chapters must be numbered 1, 2, 3, … in order.",
                        nameof(documents));
                }
            }

            for (var i = 0; i < document.Groups.Count; i++)
            {
                var group = document.Groups[i];
                if (group.Number != i + 1)
                {
                    throw new ArgumentException(
                        $"Document '{document.Id}' holds group {group.Number} at position {i + 1}; its groups must be numbered 1, 2, 3, … in order.",
                        nameof(documents));
                }

                if (Misplaced(document, group.ChapterNumber, document.Chapters.Count, $"group {group.Number}'s chapter") is { } wrong)
                {
                    throw new ArgumentException(wrong, nameof(documents));
                }
            }
        }

        Measures = AllMeasures(Documents);
        indexes = new CatalogIndexes(Documents, Measures, departments);
    }

    private static ValueList<Measure> AllMeasures(ValueList<PolicyDocument> documents)
    {
        // A loop rather than SelectMany: the constructor runs at every cold start, where each LINQ helper costs a JIT.
        var count = 0;
        foreach (var document in documents)
        {
            count += document.Measures.Count;
        }

        var all = ImmutableArray.CreateBuilder<Measure>(count);
        foreach (var document in documents)
        {
            all.AddRange(document.Measures.AsImmutableArray());
        }

        return ValueList<Measure>.From(all.MoveToImmutable());
    }

    /// <summary>
    /// The catalog of the embedded data, built on first use (once, even when many threads ask at once) and shared.
    /// </summary>
    /// <exception cref="PolicyDataException">The embedded data is missing or damaged (only possible with a broken package).</exception>
    public static PolicyCatalog Default => DefaultCatalog.Value;

    /// <summary>The documents, oldest first.</summary>
    public ValueList<PolicyDocument> Documents { get; }

    /// <summary>Every department the documents name.</summary>
    public DepartmentRegistry Departments { get; }

    /// <summary>Every measure of every document, in catalog order.</summary>
    public ValueList<Measure> Measures { get; }

    /// <summary>
    /// Builds a new catalog from the embedded data: the snapshot of the parsed seed texts that the package ships
    /// (checked against its checksum, and its documents against the seed hashes pinned in <see cref="SeedManifest"/>).
    /// It equals <see cref="ParseEmbedded"/> (a test proves it) but skips the parsing, so a process starts fast.
    /// Most code wants the shared <see cref="Default"/>; this builds a fresh one every call.
    /// </summary>
    /// <exception cref="PolicyDataException">The embedded data is missing or damaged.</exception>
    public static PolicyCatalog LoadEmbedded()
    {
        Interlocked.Increment(ref embeddedLoadCount);
        var resource = Data.Snapshot.CatalogSnapshotFormat.ResourceName;
        var catalog = Data.Snapshot.CatalogSnapshotReader.Read(EmbeddedData.ReadResourceInPlace(resource), resource);
        SeedManifest.VerifySnapshot(catalog.Documents, resource);
        return catalog;
    }

    /// <summary>
    /// Builds a new catalog by parsing the embedded seed texts with <see cref="PolicyTextParser"/> and the curated
    /// data (departments, errata, target annotations), checking each seed's SHA-256 first. This is how the package's
    /// snapshot is made; <see cref="LoadEmbedded"/> gives an equal catalog in a fraction of the time.
    /// </summary>
    /// <exception cref="PolicyDataException">The embedded data is missing or damaged.</exception>
    public static PolicyCatalog ParseEmbedded()
    {
        var departments = EmbeddedData.ReadDepartments();
        var errata = EmbeddedData.ReadErrata();
        var documents = new PolicyDocument[SeedManifest.Entries.Count];
        for (var i = 0; i < documents.Length; i++)
        {
            var seed = SeedManifest.Entries[i];
            var resource = EmbeddedData.SeedPrefix + seed.FileName;
            var bytes = EmbeddedData.ReadBytes(resource);

            // The parser reuses the verified hash for the document's source rather than computing it again.
            documents[i] = PolicyTextParser.ParseVerified(
                bytes,
                EmbeddedData.VerifySeedHash(seed, bytes, resource),
                new PolicyTextParserOptions
                {
                    DocumentId = DocumentId.Parse(seed.DocumentId),
                    Year = seed.Year,
                    SeedFile = seed.FileName,
                    Departments = departments,
                    Errata = errata,
                });
        }

        return new PolicyCatalog(documents, departments);
    }

    /// <summary>Returns the document whose id is the text <paramref name="id"/> (the exact canonical id; documents have no other names).</summary>
    /// <param name="id">A document id, e.g. <see cref="DocumentIds.CountyUrbanization2022"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, empty or whitespace.</exception>
    /// <exception cref="KeyNotFoundException">No document has that id; the message lists the ids there are.</exception>
    public PolicyDocument GetDocument(string id)
    {
        Guard.Against.NullOrWhiteSpace(id);
        return TryGetDocument(id, out var document) ? document : throw UnknownDocument(id);
    }

    /// <summary>Tries to find the document whose id is the text <paramref name="id"/>.</summary>
    /// <param name="id">A document id; null gives false.</param>
    /// <param name="document">The document, or null.</param>
    /// <returns>True when the catalog holds the document.</returns>
    public bool TryGetDocument([NotNullWhen(true)] string? id, [NotNullWhen(true)] out PolicyDocument? document)
    {
        document = null;
        return id is not null && documentsById.TryGetValue(id, out document);
    }

    /// <summary>Returns the document with id <paramref name="id"/>.</summary>
    /// <param name="id">A document id, e.g. <see cref="DocumentId.CountyUrbanization2022"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    /// <exception cref="KeyNotFoundException">No document has that id; the message lists the ids there are.</exception>
    public PolicyDocument GetDocument(DocumentId id) => DocumentArgument(id, nameof(id));

    /// <summary>Tries to find the document with id <paramref name="id"/>.</summary>
    /// <param name="id">A document id; <c>default</c> gives false.</param>
    /// <param name="document">The document, or null.</param>
    /// <returns>True when the catalog holds the document.</returns>
    public bool TryGetDocument(DocumentId id, [NotNullWhen(true)] out PolicyDocument? document)
    {
        document = null;
        return id != default && TryFindDocument(id, out document);
    }

    /// <summary>
    /// The one rule for a document argument, everywhere one is taken: a <see cref="DocumentId"/>; <c>default</c> is
    /// refused with <see cref="ArgumentException"/> naming the parameter, and an id the catalog does not hold throws
    /// <see cref="KeyNotFoundException"/> listing the ids there are (never an empty answer).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    /// <exception cref="KeyNotFoundException">No document has that id.</exception>
    internal PolicyDocument DocumentArgument(DocumentId id, string paramName) =>
        TryFindDocument(IdText.Required(id, paramName), out var document) ? document : throw UnknownDocument(id.ToString());

    /// <summary>An optional document argument: null means every document; otherwise as <see cref="DocumentArgument(DocumentId, string)"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    /// <exception cref="KeyNotFoundException">No document has that id.</exception>
    internal PolicyDocument? DocumentArgument(DocumentId? id, string paramName) =>
        id is { } value ? DocumentArgument(value, paramName) : null;

    private KeyNotFoundException UnknownDocument(string id) =>
        new($"No document has the id '{IdText.Quote(id)}'. Known ids: {string.Join(", ", documentsById.Keys)}.");

    /// <summary>Returns the measure with id <paramref name="id"/>.</summary>
    /// <param name="id">The measure's id.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is default.</exception>
    /// <exception cref="KeyNotFoundException">No measure has that id; the message says which part is unknown.</exception>
    public Measure GetMeasure(MeasureId id)
    {
        if (id == default)
        {
            throw new ArgumentNullException(nameof(id), "A default MeasureId names no measure.");
        }

        if (!TryFindDocument(id.DocumentId, out var document))
        {
            throw new KeyNotFoundException($"No measure has the id '{id}': no document has the id '{id.DocumentId}'. Known ids: {string.Join(", ", documentsById.Keys)}.");
        }

        return id.Number <= document.Measures.Count
            ? document.Measures[id.Number - 1]
            : throw new KeyNotFoundException($"No measure has the id '{id}': document '{id.DocumentId}' has measures 1 to {document.Measures.Count}.");
    }

    /// <summary>Returns the measure with id <paramref name="id"/>, e.g. <c>jilin-2022-county-urbanization/30</c>.</summary>
    /// <param name="id">The measure's id as text.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, empty or whitespace.</exception>
    /// <exception cref="FormatException"><paramref name="id"/> is not a measure id.</exception>
    /// <exception cref="KeyNotFoundException">No measure has that id.</exception>
    public Measure GetMeasure(string id)
    {
        Guard.Against.NullOrWhiteSpace(id);
        return GetMeasure(MeasureId.Parse(id));
    }

    /// <summary>Tries to find the measure with id <paramref name="id"/>.</summary>
    /// <param name="id">The measure's id.</param>
    /// <param name="measure">The measure, or null.</param>
    public bool TryGetMeasure(MeasureId id, [NotNullWhen(true)] out Measure? measure)
    {
        measure = null;
        if (id == default || !TryFindDocument(id.DocumentId, out var document) || id.Number > document.Measures.Count)
        {
            return false;
        }

        measure = document.Measures[id.Number - 1];
        return true;
    }

    /// <summary>Tries to find the measure with id <paramref name="id"/> given as text.</summary>
    /// <param name="id">The measure's id as text; null or malformed gives false.</param>
    /// <param name="measure">The measure, or null.</param>
    public bool TryGetMeasure([NotNullWhen(true)] string? id, [NotNullWhen(true)] out Measure? measure)
    {
        measure = null;
        return MeasureId.TryParse(id, out var parsed) && TryGetMeasure(parsed, out measure);
    }

    /// <summary>
    /// The document with this id. A catalog holds few documents, so comparing ids in turn (a length check, then a
    /// vectorized compare) beats hashing the id; many documents fall back to the dictionary.
    /// </summary>
    private bool TryFindDocument(DocumentId id, [NotNullWhen(true)] out PolicyDocument? document)
    {
        var documents = Documents.AsImmutableArray();
        if (documents.Length > 4)
        {
            return documentsById.TryGetValue(id.ToString(), out document);
        }

        foreach (var candidate in documents)
        {
            if (candidate.Id == id)
            {
                document = candidate;
                return true;
            }
        }

        document = null;
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(PolicyCatalog? other) =>
        other is not null && (ReferenceEquals(this, other) || (Documents.Equals(other.Documents) && Departments.Equals(other.Departments)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PolicyCatalog);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Documents, Departments);

    /// <summary>Readable form: counts.</summary>
    public override string ToString() =>
        $"PolicyCatalog: {Documents.Count} documents, {Measures.Count} measures, {Departments.Count} departments";

    internal CatalogIndexes Indexes => indexes;

    /// <summary>
    /// The keyword search index, built on the first keyword query (not at load: most loads never search). Building
    /// twice under a race is harmless: both results are equal and immutable, and one is kept.
    /// </summary>
    internal Queries.KeywordIndex KeywordIndex =>
        Once.Get(ref keywordIndex, Measures, static measures => new Queries.KeywordIndex(measures));

    private Queries.KeywordIndex? keywordIndex;

    /// <summary>
    /// Built on first use, exactly once even under contention. A failure surfaces as the loader's own
    /// <see cref="PolicyDataException"/>, not a TypeInitializationException.
    /// </summary>
    private static readonly Lazy<PolicyCatalog> DefaultCatalog = CreateDefault(LoadEmbedded);

    private static int embeddedLoadCount;

    /// <summary>How many times <see cref="LoadEmbedded"/> has run in this process (tests prove Default loads once).</summary>
    internal static int EmbeddedLoadCount => Volatile.Read(ref embeddedLoadCount);

    /// <summary>The one way <see cref="Default"/>'s holder is made, so tests can check the same construction under contention.</summary>
    internal static Lazy<PolicyCatalog> CreateDefault(Func<PolicyCatalog> load) => new(load, LazyThreadSafetyMode.ExecutionAndPublication);

    // What is wrong with a chapter or group number that names none of the document's parts, or null.
    private static string? Misplaced(PolicyDocument document, int number, int count, string what) =>
        number < 1 || number > count ? $"Document '{document.Id}': {what} is {number}, but the document has {count}." : null;
}
