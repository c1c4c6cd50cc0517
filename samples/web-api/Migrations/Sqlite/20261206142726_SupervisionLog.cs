using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jilin.Urbanization.WebApi.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SupervisionLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "supervision_notices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BodyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    IssuedOn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ReplyBy = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Follows = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Action = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedOn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_reopenings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReopenedOn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RecordedOn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_reopenings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_replies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Notice = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RepliedOn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RecordedOn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_replies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_verifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    VerifiedOn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RecordedOn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_verifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_notice_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NoticeId = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Light = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Situation = table.Column<string>(type: "TEXT", nullable: false),
                    Deadline = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_notice_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_supervision_notice_items_supervision_notices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "supervision_notices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_notice_items_NoticeId_Position",
                table: "supervision_notice_items",
                columns: new[] { "NoticeId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_supervision_notices_Number",
                table: "supervision_notices",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_supervision_reopenings_Measure_Target_Subject_ReopenedOn",
                table: "supervision_reopenings",
                columns: new[] { "Measure", "Target", "Subject", "ReopenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_replies_Notice",
                table: "supervision_replies",
                column: "Notice",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_supervision_verifications_Measure_Target_Subject_VerifiedOn",
                table: "supervision_verifications",
                columns: new[] { "Measure", "Target", "Subject", "VerifiedOn" });

            // Append-only like the progress tables: the database itself refuses an UPDATE or DELETE of any row (a reply, verification or reopening is a new row).
            migrationBuilder.Sql("CREATE TRIGGER IF NOT EXISTS supervision_notices_no_update BEFORE UPDATE ON supervision_notices BEGIN SELECT RAISE(ABORT, 'supervision_notices is append-only: a reply, verification or reopening is a new row'); END;");
            migrationBuilder.Sql("CREATE TRIGGER IF NOT EXISTS supervision_notices_no_delete BEFORE DELETE ON supervision_notices BEGIN SELECT RAISE(ABORT, 'supervision_notices is append-only: a reply, verification or reopening is a new row'); END;");
            migrationBuilder.Sql("CREATE TRIGGER IF NOT EXISTS supervision_notice_items_no_update BEFORE UPDATE ON supervision_notice_items BEGIN SELECT RAISE(ABORT, 'supervision_notice_items is append-only: a reply, verification or reopening is a new row'); END;");
            migrationBuilder.Sql("CREATE TRIGGER IF NOT EXISTS supervision_notice_items_no_delete BEFORE DELETE ON supervision_notice_items BEGIN SELECT RAISE(ABORT, 'supervision_notice_items is append-only: a reply, verification or reopening is a new row'); END;");
            migrationBuilder.Sql("CREATE TRIGGER IF NOT EXISTS supervision_replies_no_update BEFORE UPDATE ON supervision_replies BEGIN SELECT RAISE(ABORT, 'supervision_replies is append-only: a reply, verification or reopening is a new row'); END;");
            migrationBuilder.Sql("CREATE TRIGGER IF NOT EXISTS supervision_replies_no_delete BEFORE DELETE ON supervision_replies BEGIN SELECT RAISE(ABORT, 'supervision_replies is append-only: a reply, verification or reopening is a new row'); END;");
            migrationBuilder.Sql("CREATE TRIGGER IF NOT EXISTS supervision_verifications_no_update BEFORE UPDATE ON supervision_verifications BEGIN SELECT RAISE(ABORT, 'supervision_verifications is append-only: a reply, verification or reopening is a new row'); END;");
            migrationBuilder.Sql("CREATE TRIGGER IF NOT EXISTS supervision_verifications_no_delete BEFORE DELETE ON supervision_verifications BEGIN SELECT RAISE(ABORT, 'supervision_verifications is append-only: a reply, verification or reopening is a new row'); END;");
            migrationBuilder.Sql("CREATE TRIGGER IF NOT EXISTS supervision_reopenings_no_update BEFORE UPDATE ON supervision_reopenings BEGIN SELECT RAISE(ABORT, 'supervision_reopenings is append-only: a reply, verification or reopening is a new row'); END;");
            migrationBuilder.Sql("CREATE TRIGGER IF NOT EXISTS supervision_reopenings_no_delete BEFORE DELETE ON supervision_reopenings BEGIN SELECT RAISE(ABORT, 'supervision_reopenings is append-only: a reply, verification or reopening is a new row'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "supervision_notice_items");

            migrationBuilder.DropTable(
                name: "supervision_reopenings");

            migrationBuilder.DropTable(
                name: "supervision_replies");

            migrationBuilder.DropTable(
                name: "supervision_verifications");

            migrationBuilder.DropTable(
                name: "supervision_notices");
        }
    }
}
