using System.Collections.Concurrent;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Benchmarks.Scale;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Benchmarks.Corrections;

/// <summary>
/// Issue 22's logs, from issue 16's progress dataset (<see cref="ProgressDataset"/>, read from its CSV files): the
/// plain log, and the same figures with every tenth observation corrected (a later version: value × 0.99, recorded
/// <see cref="CorrectionDelay"/> days after its day, reason 统计口径调整) and every hundredth withdrawn (recorded
/// <see cref="WithdrawalDelay"/> days after its day by the figure's own subject). Both are checked by a tracker.
/// Built once per size and process (the in-process toolchain runs every benchmark case in one process).
/// </summary>
internal sealed class CorrectionsData
{
    /// <summary>Days between a figure's day and its correction's recording day.</summary>
    public const int CorrectionDelay = 30;

    /// <summary>Days between a figure's day and its withdrawal's recording day.</summary>
    public const int WithdrawalDelay = 45;

    private static readonly ConcurrentDictionary<int, Lazy<CorrectionsData>> Built = new();

    private CorrectionsData(int rows)
    {
        Catalog = PolicyCatalog.LoadEmbedded();
        var dataset = new ProgressDataset(rows);
        var plain = (TrackingLog)dataset.Build(Catalog);
        Plain = new ImplementationTracker(Catalog, plain);

        var corrections = new List<ProgressObservation>(rows / 10);
        var withdrawals = new List<Withdrawal>(rows / 100);
        var observations = plain.Observations;
        for (var i = 0; i < observations.Count; i++)
        {
            var o = observations[i];
            if (i % 10 == 0)
            {
                var value = new Quantity(decimal.Round(o.Value.Value * 0.99m, 2), o.Value.Unit);
                corrections.Add(new ProgressObservation(o.TargetId, o.Subject, new Observation(value, o.ObservedOn), o.Source, o.Note)
                {
                    RecordedOn = o.ObservedOn.PlusDays(CorrectionDelay),
                    Reason = "统计口径调整",
                });
            }
            else if (i % 100 == 5)
            {
                withdrawals.Add(new Withdrawal(o.Key, o.ObservedOn.PlusDays(WithdrawalDelay), o.Subject, "重复填报"));
            }
        }

        Corrected = new ImplementationTracker(Catalog, new TrackingLog(observations.Concat(corrections), plain.StatusUpdates, withdrawals));
        Corrections = corrections.Count;
        Withdrawals = withdrawals.Count;
        AsOf = dataset.LastDay;
        var first = ProgressDataset.FirstDay;
        Middle = first.PlusDays(Period.Between(first, AsOf, PeriodUnits.Days).Days / 2);
        Through = Middle.PlusMonths(3);
    }

    public PolicyCatalog Catalog { get; }

    /// <summary>The tracker over the plain log (no corrections, no withdrawals).</summary>
    public ImplementationTracker Plain { get; }

    /// <summary>The tracker over the same figures with corrections and withdrawals.</summary>
    public ImplementationTracker Corrected { get; }

    public int Corrections { get; }

    public int Withdrawals { get; }

    /// <summary>The dataset's last day: the day every report describes.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The middle day of the dataset: the day of knowledge of the known-on report, and the earlier day of the changes.</summary>
    public LocalDate Middle { get; }

    /// <summary>A quarter after <see cref="Middle"/>: the later day of the changes.</summary>
    public LocalDate Through { get; }

    public static CorrectionsData For(int rows) =>
        Built.GetOrAdd(rows, static r => new Lazy<CorrectionsData>(() => new CorrectionsData(r))).Value;

    public override string ToString() =>
        $"{Plain.Log.Count:N0} entries plain; {Corrected.Log.Count:N0} corrected ({Corrections:N0} corrections, {Withdrawals:N0} withdrawals); as of {AsOf}, middle {Middle}, through {Through}";
}
