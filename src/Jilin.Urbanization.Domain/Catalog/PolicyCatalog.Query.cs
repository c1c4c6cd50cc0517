using Jilin.Urbanization.Domain.Queries;
using Jilin.Urbanization.Domain.Threading;

namespace Jilin.Urbanization.Domain.Catalog;

public sealed partial class PolicyCatalog
{
    /// <summary>
    /// Starts a fluent query over every measure of both documents, e.g.
    /// <c>catalog.Query().InDocument(DocumentIds.CountyUrbanization2022).LedBy("省教育厅").Containing("学位")</c>.
    /// </summary>
    /// <remarks>A query never changes, so every call returns the catalog's one starting query.</remarks>
    public MeasureQuery Query() => Once.Get(ref allMeasures, this, static self => new MeasureQuery(self));

    /// <summary>
    /// Starts a fluent query over every target indicator of both documents, e.g.
    /// <c>catalog.QueryTargets().InDocument(DocumentId.CountyUrbanization2022).LedBy("住建厅").DueIn(start, end)</c>.
    /// </summary>
    /// <returns>A query that keeps every target.</returns>
    public TargetQuery QueryTargets() => new(this);

    private MeasureQuery? allMeasures;
}
