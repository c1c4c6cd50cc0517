using Jilin.Urbanization.WebApi.Progress;
using Microsoft.EntityFrameworkCore;

namespace Jilin.Urbanization.WebApi.Supervision;

/// <summary>
/// The supervision log's tables (督查督办台账): notices issued with their items, replies, verifications (核查, 销号) and
/// reopenings, append-only like the progress tables (the migration <c>Supervision</c> adds triggers that refuse an
/// UPDATE or DELETE). Ids and days as canonical text, enums by name. The unique indexes back the library's rules up:
/// one notice per number, one reply per notice, one verification or reopening of an item per day.
/// </summary>
public static class SupervisionModel
{
    /// <summary>The tables, in the order they are created.</summary>
    public static readonly IReadOnlyList<string> Tables = ["supervision_notices", "supervision_notice_items", "supervision_replies", "supervision_verifications", "supervision_reopenings"];

    /// <summary>Maps the rows.</summary>
    /// <param name="modelBuilder">The model.</param>
    public static void Configure(ModelBuilder modelBuilder)
    {
        var notice = modelBuilder.Entity<NoticeRow>();
        notice.ToTable("supervision_notices");
        notice.Property(n => n.Number).HasMaxLength(50).IsRequired();
        notice.Property(n => n.Body).HasConversion(ProgressDb.SubjectText).HasMaxLength(100).IsRequired();
        notice.Property(n => n.BodyName).HasMaxLength(200).IsRequired();
        notice.Property(n => n.Level).HasConversion<string>().HasMaxLength(10).IsRequired();
        notice.Property(n => n.IssuedOn).HasConversion(ProgressDb.IsoDate).HasMaxLength(10).IsRequired();
        notice.Property(n => n.ReplyBy).HasConversion(ProgressDb.IsoDate).HasMaxLength(10).IsRequired();
        notice.Property(n => n.Follows).HasMaxLength(50);
        notice.Property(n => n.Action).IsRequired();
        notice.Property(n => n.RecordedOn).HasConversion(ProgressDb.IsoDate).HasMaxLength(10).IsRequired();
        notice.Property(n => n.RecordedBy).HasConversion(ProgressDb.SubjectText).HasMaxLength(100).IsRequired();
        notice.HasIndex(n => n.Number).IsUnique();
        notice.HasMany(n => n.Items).WithOne().HasForeignKey(i => i.NoticeId).OnDelete(DeleteBehavior.Restrict);

        var item = modelBuilder.Entity<NoticeItemRow>();
        item.ToTable("supervision_notice_items");
        item.Property(i => i.Measure).HasConversion(ProgressDb.MeasureIdText).HasMaxLength(200).IsRequired();
        item.Property(i => i.Target).HasConversion(ProgressDb.TargetIdText).HasMaxLength(200);
        item.Property(i => i.Subject).HasConversion(ProgressDb.SubjectText).HasMaxLength(100).IsRequired();
        item.Property(i => i.Light).HasConversion<string>().HasMaxLength(10).IsRequired();
        item.Property(i => i.Title).IsRequired();
        item.Property(i => i.Situation).IsRequired();
        item.Property(i => i.Deadline).HasConversion(ProgressDb.IsoDate).HasMaxLength(10);
        item.HasIndex(i => new { i.NoticeId, i.Position }).IsUnique();

        var reply = modelBuilder.Entity<NoticeReplyRow>();
        reply.ToTable("supervision_replies");
        reply.Property(r => r.Notice).HasMaxLength(50).IsRequired();
        reply.Property(r => r.RepliedOn).HasConversion(ProgressDb.IsoDate).HasMaxLength(10).IsRequired();
        reply.Property(r => r.RecordedOn).HasConversion(ProgressDb.IsoDate).HasMaxLength(10).IsRequired();
        reply.Property(r => r.RecordedBy).HasConversion(ProgressDb.SubjectText).HasMaxLength(100).IsRequired();
        reply.Property(r => r.Text).IsRequired();
        reply.HasIndex(r => r.Notice).IsUnique();

        var verification = modelBuilder.Entity<VerificationRow>();
        verification.ToTable("supervision_verifications");
        verification.Property(v => v.Measure).HasConversion(ProgressDb.MeasureIdText).HasMaxLength(200).IsRequired();
        verification.Property(v => v.Target).HasConversion(ProgressDb.TargetIdText).HasMaxLength(200);
        verification.Property(v => v.Subject).HasConversion(ProgressDb.SubjectText).HasMaxLength(100).IsRequired();
        verification.Property(v => v.VerifiedOn).HasConversion(ProgressDb.IsoDate).HasMaxLength(10).IsRequired();
        verification.Property(v => v.RecordedOn).HasConversion(ProgressDb.IsoDate).HasMaxLength(10).IsRequired();
        verification.Property(v => v.RecordedBy).HasConversion(ProgressDb.SubjectText).HasMaxLength(100).IsRequired();
        verification.Property(v => v.Note).IsRequired();
        verification.HasIndex(v => new { v.Measure, v.Target, v.Subject, v.VerifiedOn });

        var reopening = modelBuilder.Entity<ReopeningRow>();
        reopening.ToTable("supervision_reopenings");
        reopening.Property(o => o.Measure).HasConversion(ProgressDb.MeasureIdText).HasMaxLength(200).IsRequired();
        reopening.Property(o => o.Target).HasConversion(ProgressDb.TargetIdText).HasMaxLength(200);
        reopening.Property(o => o.Subject).HasConversion(ProgressDb.SubjectText).HasMaxLength(100).IsRequired();
        reopening.Property(o => o.ReopenedOn).HasConversion(ProgressDb.IsoDate).HasMaxLength(10).IsRequired();
        reopening.Property(o => o.RecordedOn).HasConversion(ProgressDb.IsoDate).HasMaxLength(10).IsRequired();
        reopening.Property(o => o.RecordedBy).HasConversion(ProgressDb.SubjectText).HasMaxLength(100).IsRequired();
        reopening.Property(o => o.Reason).IsRequired();
        reopening.HasIndex(o => new { o.Measure, o.Target, o.Subject, o.ReopenedOn });
    }
}
