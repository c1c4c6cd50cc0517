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
    public static PlaceGazetteer Places => PlacesValue.Value;

    /// <summary>The embedded English labels.</summary>
    public static EnglishLabels Labels => LabelsValue.Value;
}
