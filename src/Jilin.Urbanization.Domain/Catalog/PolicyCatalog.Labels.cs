using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Labels;

namespace Jilin.Urbanization.Domain.Catalog;

public sealed partial class PolicyCatalog
{
    /// <summary>
    /// English titles for both documents, every chapter and every group, and English names for departments and
    /// places: all UNOFFICIAL translations; the Chinese text is the authority. Loaded on first use.
    /// </summary>
    /// <exception cref="PolicyDataException">The embedded label data is missing or damaged (only possible with a broken package).</exception>
#pragma warning disable CA1822 // Part of the catalog's surface (catalog.X), like Departments; the curated file is shared by every catalog.
    public EnglishLabels Labels => SharedCuratedData.Labels;
#pragma warning restore CA1822
}
