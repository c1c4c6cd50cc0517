using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.WebApi.Progress;

/// <summary>
/// Uploaded progress, append-only: observations, status updates and withdrawals, every version of each. Rows are only
/// ever inserted: <see cref="SaveChanges(bool)"/> refuses a modified or deleted row, and triggers made by the
/// migrations make the database (SQLite or PostgreSQL) refuse an UPDATE or DELETE from anyone. The library's ids,
/// subjects and NodaTime dates are stored as their canonical text. One model, two providers: the schema of each is
/// its own set of EF Core migrations (<see cref="Storage.SqliteProgressDb"/>, <see cref="Storage.PostgresProgressDb"/>).
/// </summary>
public abstract class ProgressDb : DbContext
{
    /// <summary>Creates the context (a provider's subclass passes its options).</summary>
    /// <param name="options">The options.</param>
    protected ProgressDb(DbContextOptions options)
        : base(options)
    {
    }

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

    /// <summary>Every withdrawal.</summary>
    public DbSet<WithdrawalRow> Withdrawals => Set<WithdrawalRow>();

    /// <summary>Every notice issued (督办单).</summary>
    public DbSet<Supervision.NoticeRow> Notices => Set<Supervision.NoticeRow>();

    /// <summary>Every reply to a notice (督办回复).</summary>
    public DbSet<Supervision.NoticeReplyRow> NoticeReplies => Set<Supervision.NoticeReplyRow>();

    /// <summary>Every verification (核查, 销号).</summary>
    public DbSet<Supervision.VerificationRow> Verifications => Set<Supervision.VerificationRow>();

    /// <summary>Every reopening of a closed item.</summary>
    public DbSet<Supervision.ReopeningRow> Reopenings => Set<Supervision.ReopeningRow>();

    /// <summary>The progress tables (the supervision log's: <see cref="Supervision.SupervisionModel.Tables"/>).</summary>
    public static readonly IReadOnlyList<string> Tables = ["observations", "status_updates", "withdrawals"];

    /// <inheritdoc/>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseEdits();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc/>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseEdits();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var observation = modelBuilder.Entity<ObservationRow>();
        observation.ToTable("observations");
        observation.Property(o => o.TargetId).HasConversion(TargetIdText).HasMaxLength(200).IsRequired();
        observation.Property(o => o.Subject).HasConversion(SubjectText).HasMaxLength(100).IsRequired();
        observation.Property(o => o.ObservedOn).HasConversion(IsoDate).HasMaxLength(10).IsRequired();
        observation.Property(o => o.Unit).HasMaxLength(20).IsRequired();
        observation.Property(o => o.RecordedOn).HasConversion(IsoDate).HasMaxLength(10).IsRequired();
        observation.Property(o => o.RecordedBy).HasConversion(SubjectText).HasMaxLength(100).IsRequired();

        // Every version of a key is a row; two versions of one key recorded on the same day conflict.
        observation.HasIndex(o => new { o.TargetId, o.Subject, o.ObservedOn, o.RecordedOn }).IsUnique();

        var status = modelBuilder.Entity<StatusUpdateRow>();
        status.ToTable("status_updates");
        status.Property(s => s.MeasureId).HasConversion(MeasureIdText).HasMaxLength(200).IsRequired();
        status.Property(s => s.Reporter).HasConversion(SubjectText).HasMaxLength(100).IsRequired();
        status.Property(s => s.ReportedOn).HasConversion(IsoDate).HasMaxLength(10).IsRequired();
        status.Property(s => s.Status).HasConversion<string>().HasMaxLength(20).IsRequired();
        status.Property(s => s.Narrative).IsRequired();
        status.Property(s => s.RecordedOn).HasConversion(IsoDate).HasMaxLength(10).IsRequired();
        status.Property(s => s.RecordedBy).HasConversion(SubjectText).HasMaxLength(100).IsRequired();
        status.HasIndex(s => new { s.MeasureId, s.Reporter, s.ReportedOn, s.RecordedOn }).IsUnique();

        var withdrawal = modelBuilder.Entity<WithdrawalRow>();
        withdrawal.ToTable("withdrawals");
        withdrawal.Property(w => w.Kind).HasConversion<string>().HasMaxLength(10).IsRequired();
        withdrawal.Property(w => w.Item).HasMaxLength(200).IsRequired();
        withdrawal.Property(w => w.Subject).HasConversion(SubjectText).HasMaxLength(100).IsRequired();
        withdrawal.Property(w => w.Day).HasConversion(IsoDate).HasMaxLength(10).IsRequired();
        withdrawal.Property(w => w.RecordedOn).HasConversion(IsoDate).HasMaxLength(10).IsRequired();
        withdrawal.Property(w => w.RecordedBy).HasConversion(SubjectText).HasMaxLength(100).IsRequired();
        withdrawal.HasIndex(w => new { w.Kind, w.Item, w.Subject, w.Day, w.RecordedOn }).IsUnique();

        Supervision.SupervisionModel.Configure(modelBuilder);
    }

    /// <summary>
    /// Brings a SQLite file made before migrations (by <c>EnsureCreated</c>) to the first migration's schema: before
    /// issue 22 the tables had one row per key and no recording columns. Runs before the triggers exist: filling the
    /// new columns of old rows is the one UPDATE ever made.
    /// </summary>
#pragma warning disable EF1002, EF1003 // table and column names are constants
    internal void UpgradeUnmigratedSqlite()
    {
        foreach (var (table, day, by) in new[] { ("observations", "ObservedOn", "Subject"), ("status_updates", "ReportedOn", "Reporter") })
        {
            var columns = Database.SqlQueryRaw<string>($"SELECT name AS \"Value\" FROM pragma_table_info('{table}')").ToList();
            if (columns.Count == 0 || columns.Contains("RecordedOn"))
            {
                continue;
            }

            Database.ExecuteSqlRaw($"DROP TRIGGER IF EXISTS {table}_no_update");
            Database.ExecuteSqlRaw($"ALTER TABLE {table} ADD COLUMN \"RecordedOn\" TEXT NOT NULL DEFAULT ''");
            Database.ExecuteSqlRaw($"ALTER TABLE {table} ADD COLUMN \"RecordedBy\" TEXT NOT NULL DEFAULT ''");
            Database.ExecuteSqlRaw($"ALTER TABLE {table} ADD COLUMN \"Reason\" TEXT NULL");
            Database.ExecuteSqlRaw($"UPDATE {table} SET \"RecordedOn\" = \"{day}\", \"RecordedBy\" = \"{by}\"");
            Database.ExecuteSqlRaw($"DROP INDEX IF EXISTS \"IX_{table}_{(table == "observations" ? "TargetId_Subject_ObservedOn" : "MeasureId_Reporter_ReportedOn")}\"");
        }

        // The rest of the create script (the withdrawals table, the version indexes), skipping what exists.
        Database.ExecuteSqlRaw("DROP TRIGGER IF EXISTS observations_no_update");
        // (The supervision log's tables are left to their own migration, which runs next.)
        foreach (var statement in Database.GenerateCreateScript().Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(s => !s.Contains("supervision_", StringComparison.Ordinal)))
        {
            Database.ExecuteSqlRaw(statement
                .Replace("CREATE TABLE ", "CREATE TABLE IF NOT EXISTS ", StringComparison.Ordinal)
                .Replace("CREATE UNIQUE INDEX ", "CREATE UNIQUE INDEX IF NOT EXISTS ", StringComparison.Ordinal)
                .Replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", StringComparison.Ordinal));
        }
    }
#pragma warning restore EF1002, EF1003

    private void RefuseEdits()
    {
        if (ChangeTracker.Entries().FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted) is { } edit)
        {
            throw new InvalidOperationException($"Progress is append-only: a {edit.Metadata.GetTableName()} row was {edit.State.ToString().ToLowerInvariant()}; send a correction or a withdrawal instead.");
        }
    }
}
