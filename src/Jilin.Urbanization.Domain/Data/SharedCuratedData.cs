using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Places;

namespace Jilin.Urbanization.Domain.Data;

/// <summary>
/// The curated data every catalog shares (places, English labels), read from the embedded resources on first use,
/// once per process. A class of its own, not static fields of the catalog, so its static initializer runs only when
/// a caller first asks for one of them: loading a catalog does not touch the JSON reader, and a Native AOT app that
/// never asks does not carry it.
/// </summary>
internal static class SharedCuratedData
{
    private static readonly Lazy<PlaceGazetteer> PlacesValue = new(EmbeddedData.ReadPlaces, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<EnglishLabels> LabelsValue = new(EmbeddedData.ReadLabels, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded place gazetteer.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, string[]>> AbbreviationsValue = new(EmbeddedData.ReadAbbreviations, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<DepartmentRegistry> DepartmentsValue = new(EmbeddedData.ReadDepartments, LazyThreadSafetyMode.ExecutionAndPublication);

    public static PlaceGazetteer Places => PlacesValue.Value;

    /// <summary>The shipped department registry, for resolving names outside a catalog (<see cref="Responsibility.Involves(string)"/>).</summary>
    public static DepartmentRegistry Departments => DepartmentsValue.Value;

    /// <summary>Department id → curated abbreviations (<c>Resources/abbreviations.json</c>).</summary>
    public static IReadOnlyDictionary<string, string[]> Abbreviations => AbbreviationsValue.Value;

    /// <summary>
    /// The same abbreviations as the catalog snapshot carries them, for the registry of a catalog loaded from the
    /// snapshot: resolving a department name is on the cold path of most apps, and reading the JSON there costs
    /// System.Text.Json's and SHA-256's start-up (milliseconds). The parse path keeps <see cref="Abbreviations"/>,
    /// so making a snapshot never needs one. Held by a class of its own, so asking for them does not run this class's
    /// initializer (places, labels and their JSON reader).
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> SnapshotAbbreviations => SnapshotAbbreviationsHolder.Value.Value;

    private static class SnapshotAbbreviationsHolder
    {
        public static readonly Lazy<IReadOnlyDictionary<string, string[]>> Value = new(
            static () => Snapshot.CatalogSnapshotReader.ReadAbbreviations(
                EmbeddedData.ReadResourceInPlace(Snapshot.CatalogSnapshotFormat.ResourceName),
                Snapshot.CatalogSnapshotFormat.ResourceName),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The embedded English labels.</summary>
    public static EnglishLabels Labels => LabelsValue.Value;
}
