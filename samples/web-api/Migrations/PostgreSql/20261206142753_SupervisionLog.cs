using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jilin.Urbanization.WebApi.Migrations.PostgreSql
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Body = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BodyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    IssuedOn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ReplyBy = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Follows = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Action = table.Column<string>(type: "text", nullable: false),
                    RecordedOn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_reopenings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Measure = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Target = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReopenedOn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RecordedOn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_reopenings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_replies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Notice = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RepliedOn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RecordedOn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_replies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_verifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Measure = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Target = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    VerifiedOn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RecordedOn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_verifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_notice_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NoticeId = table.Column<long>(type: "bigint", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Measure = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Target = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Light = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    Situation = table.Column<string>(type: "text", nullable: false),
                    Deadline = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true)
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
            migrationBuilder.Sql("CREATE OR REPLACE FUNCTION supervision_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '% is append-only: a reply, verification or reopening is a new row', TG_TABLE_NAME; END $$;");
            migrationBuilder.Sql("CREATE TRIGGER supervision_notices_append_only BEFORE UPDATE OR DELETE ON supervision_notices FOR EACH ROW EXECUTE FUNCTION supervision_append_only();");
            migrationBuilder.Sql("CREATE TRIGGER supervision_notice_items_append_only BEFORE UPDATE OR DELETE ON supervision_notice_items FOR EACH ROW EXECUTE FUNCTION supervision_append_only();");
            migrationBuilder.Sql("CREATE TRIGGER supervision_replies_append_only BEFORE UPDATE OR DELETE ON supervision_replies FOR EACH ROW EXECUTE FUNCTION supervision_append_only();");
            migrationBuilder.Sql("CREATE TRIGGER supervision_verifications_append_only BEFORE UPDATE OR DELETE ON supervision_verifications FOR EACH ROW EXECUTE FUNCTION supervision_append_only();");
            migrationBuilder.Sql("CREATE TRIGGER supervision_reopenings_append_only BEFORE UPDATE OR DELETE ON supervision_reopenings FOR EACH ROW EXECUTE FUNCTION supervision_append_only();");
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

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS supervision_append_only();");
        }
    }
}
