using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;

namespace Jilin.Urbanization.Domain.Data.Snapshot;

/// <summary>
/// What the snapshot reader keeps of a deadline, a period or a document source until first use (see
/// <see cref="DeferredValue"/>): the fields as read, dates as year, month and day, checked when read so a damaged
/// snapshot still fails at load. Making them creates exactly what the reader created before.
/// </summary>
internal static class DeferredParts
{
    /// <summary>True when year, month and day name a day of the ISO calendar in NodaTime's range (checked without NodaTime).</summary>
    public static bool IsIsoDate(int year, int month, int day) =>
        year is >= -9998 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DaysIn(year, month);

    private static int DaysIn(int year, int month) => month switch
    {
        2 => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    internal readonly record struct Date(int Year, int Month, int Day)
    {
        public LocalDate ToLocalDate() => new(Year, Month, Day);

        public int CompareTo(Date other) =>
            Year != other.Year ? Year.CompareTo(other.Year) : Month != other.Month ? Month.CompareTo(other.Month) : Day.CompareTo(other.Day);
    }

    internal sealed class DeadlineMaker(Date date, DeadlinePrecision precision, string? quote, SourceSpan? span, bool isImplied)
        : DeferredValue.Maker
    {
        protected override object Make() => new Deadline(date.ToLocalDate(), precision, quote, span, isImplied);
    }

    internal sealed class PeriodMaker(Date start, Date end) : DeferredValue.Maker
    {
        protected override object Make() => new DateInterval(start.ToLocalDate(), end.ToLocalDate());
    }

    /// <summary>A document's source; the reader fills it in after the document (the snapshot writes it last).</summary>
    internal sealed class SourceMaker : DeferredValue.Maker
    {
        private DocumentSourceKind kind;
        private Date? printedDate;
        private SourceSpan? printedDateSpan;

        /// <summary>The seed file's name, readable without making the source (the load checks it against the manifest).</summary>
        public string SeedFile { get; private set; } = string.Empty;

        /// <summary>The seed's SHA-256, readable without making the source.</summary>
        public string Sha256 { get; private set; } = string.Empty;

        public void Set(string seedFile, string sha256, DocumentSourceKind kind, Date? printedDate, SourceSpan? printedDateSpan)
        {
            (SeedFile, Sha256, this.kind, this.printedDate, this.printedDateSpan) = (seedFile, sha256, kind, printedDate, printedDateSpan);
        }

        protected override object Make() =>
            new DocumentSource(SeedFile, Sha256, kind, printedDate is { } date ? date.ToLocalDate() : null, printedDateSpan);
    }
}
