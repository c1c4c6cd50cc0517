using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Catalog;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// Who may report (填报) what: the one check behind the tracker (an entry's 填报单位 must be allowed to report it) and
/// an application's authorisation (the caller must be). The provincial office (<see cref="Subject.Province"/>) may
/// report everything. Any other body reports only in its own name (the entry's 填报单位 is the caller) and only:
/// <list type="bullet">
/// <item>a county or city government: its own figures, and the status of the measures whose document makes local
/// governments implementers (县(市)政府, <see cref="Documents.PolicyDocument.ImplicitImplementer"/>), as reporter;</item>
/// <item>a department: figures (about any subject) of the targets of the measures it is responsible for, and the status
/// of those measures, as reporter.</item>
/// </list>
/// Withdrawals (撤回) follow the figure or status they withdraw. Built on the catalog's responsibility data (牵头部门
/// and the departments a measure names), the same data the tracker's status check reads.
/// </summary>
public static class ReportingRights
{
    /// <summary>Whether <paramref name="caller"/> may report <paramref name="entry"/> (see <see cref="ReportingRights"/>).</summary>
    /// <param name="catalog">The catalog the entry's target or measure belongs to.</param>
    /// <param name="caller">The body reporting: the province (the provincial office), a division of Jilin, or a department.</param>
    /// <param name="entry">The figure, status update or withdrawal.</param>
    /// <returns>True when the caller may report it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="entry"/> is null.</exception>
    public static bool MayReport(PolicyCatalog catalog, Subject caller, ITrackingEntry entry) => Refusal(catalog, caller, entry) is null;

    /// <summary>
    /// Null when <paramref name="caller"/> may report <paramref name="entry"/>; otherwise why not, in words for the
    /// caller (which body, which target or measure, and who may report it instead).
    /// </summary>
    /// <param name="catalog">The catalog the entry's target or measure belongs to.</param>
    /// <param name="caller">The body reporting.</param>
    /// <param name="entry">The figure, status update or withdrawal.</param>
    /// <returns>Null, or the reason for refusing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="entry"/> is null.</exception>
    public static string? Refusal(PolicyCatalog catalog, Subject caller, ITrackingEntry entry)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(entry);
        return new TrackingRules(catalog, ImplementationTracker.DirectoryFor(catalog)).Refusal(caller, entry);
    }
}
