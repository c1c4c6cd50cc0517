using Jilin.Urbanization.Domain.Queries;

namespace Jilin.Urbanization.Domain.Catalog;

public sealed partial class PolicyCatalog
{
    /// <summary>
    /// Starts a fluent query over every measure of both documents, e.g.
    /// <c>catalog.Query().InDocument(DocumentIds.CountyUrbanization2022).LedBy("省教育厅").Containing("学位")</c>.
    /// </summary>
    public MeasureQuery Query() => new(this);

    /// <summary>
    /// Starts a fluent query over every target indicator of both documents, e.g.
    /// <c>catalog.QueryTargets().InDocument(DocumentId.CountyUrbanization2022).LedBy("住建厅").DueIn(start, end)</c>.
    /// </summary>
    /// <returns>A query that keeps every target.</returns>
    public TargetQuery QueryTargets() => new(this);
}
