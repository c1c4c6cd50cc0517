using Jilin.Urbanization.Domain.Targets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.WebApi.Progress;

/// <summary>Uploaded progress in SQLite. The library's ids and NodaTime dates are stored as their canonical text.</summary>
/// <param name="options">The options (the SQLite file comes from configuration).</param>
public sealed class ProgressDb(DbContextOptions<ProgressDb> options) : DbContext(options)
{
    /// <summary>Every uploaded observation.</summary>
    public DbSet<ObservationRow> Observations => Set<ObservationRow>();

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var observation = modelBuilder.Entity<ObservationRow>();
        observation.ToTable("observations");
        observation.Property(o => o.TargetId).HasConversion(TargetIdText).HasMaxLength(200).IsRequired();
        observation.Property(o => o.ObservedOn).HasConversion(IsoDate).HasMaxLength(10).IsRequired();
        observation.Property(o => o.SubjectCode).HasMaxLength(100).IsRequired();
        observation.Property(o => o.Unit).HasMaxLength(20).IsRequired();
        observation.HasIndex(o => new { o.TargetId, o.SubjectCode, o.ObservedOn });
    }

    /// <summary><see cref="TargetId"/> ↔ its canonical text.</summary>
    public static readonly ValueConverter<TargetId, string> TargetIdText = new(id => id.ToString(), text => TargetId.Parse(text));

    /// <summary><see cref="LocalDate"/> ↔ ISO text (<c>2025-12-31</c>), which also sorts as dates.</summary>
    public static readonly ValueConverter<LocalDate, string> IsoDate =
        new(date => LocalDatePattern.Iso.Format(date), text => LocalDatePattern.Iso.Parse(text).GetValueOrThrow());
}
