using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.WebApi.Progress;

/// <summary>
/// Uploaded progress in SQLite: observations and status updates. The library's ids, subjects and NodaTime dates are
/// stored as their canonical text.
/// </summary>
/// <param name="options">The options (the SQLite file comes from configuration).</param>
public sealed class ProgressDb(DbContextOptions<ProgressDb> options) : DbContext(options)
{
    /// <summary><see cref="TargetId"/> ↔ its canonical text.</summary>
    public static readonly ValueConverter<TargetId, string> TargetIdText = new(id => id.ToString(), text => TargetId.Parse(text));

    /// <summary><see cref="MeasureId"/> ↔ its canonical text.</summary>
    public static readonly ValueConverter<MeasureId, string> MeasureIdText = new(id => id.ToString(), text => MeasureId.Parse(text));

    /// <summary><see cref="Subject"/> ↔ its canonical text (<c>220581</c>, <c>department:housing</c>).</summary>
    public static readonly ValueConverter<Subject, string> SubjectText = new(subject => subject.ToString(), text => Subject.Parse(text));

    /// <summary><see cref="LocalDate"/> ↔ ISO text (<c>2025-12-31</c>), which also sorts as dates.</summary>
    public static readonly ValueConverter<LocalDate, string> IsoDate =
        new(date => LocalDatePattern.Iso.Format(date), text => LocalDatePattern.Iso.Parse(text).GetValueOrThrow());

    /// <summary>Every uploaded observation.</summary>
    public DbSet<ObservationRow> Observations => Set<ObservationRow>();

    /// <summary>Every uploaded status update.</summary>
    public DbSet<StatusUpdateRow> StatusUpdates => Set<StatusUpdateRow>();

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var observation = modelBuilder.Entity<ObservationRow>();
        observation.ToTable("observations");
        observation.Property(o => o.TargetId).HasConversion(TargetIdText).HasMaxLength(200).IsRequired();
        observation.Property(o => o.Subject).HasConversion(SubjectText).HasMaxLength(100).IsRequired();
        observation.Property(o => o.ObservedOn).HasConversion(IsoDate).HasMaxLength(10).IsRequired();
        observation.Property(o => o.Unit).HasMaxLength(20).IsRequired();
        observation.HasIndex(o => new { o.TargetId, o.Subject, o.ObservedOn }).IsUnique();

        var status = modelBuilder.Entity<StatusUpdateRow>();
        status.ToTable("status_updates");
        status.Property(s => s.MeasureId).HasConversion(MeasureIdText).HasMaxLength(200).IsRequired();
        status.Property(s => s.Reporter).HasConversion(SubjectText).HasMaxLength(100).IsRequired();
        status.Property(s => s.ReportedOn).HasConversion(IsoDate).HasMaxLength(10).IsRequired();
        status.Property(s => s.Status).HasConversion<string>().HasMaxLength(20).IsRequired();
        status.Property(s => s.Narrative).IsRequired();
        status.HasIndex(s => new { s.MeasureId, s.Reporter, s.ReportedOn }).IsUnique();
    }
}
