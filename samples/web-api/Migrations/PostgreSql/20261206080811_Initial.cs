using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jilin.Urbanization.WebApi.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "observations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TargetId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ObservedOn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Value = table.Column<decimal>(type: "numeric", nullable: false),
                    Unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "text", nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true),
                    RecordedOn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_observations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "status_updates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeasureId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reporter = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReportedOn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Narrative = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "text", nullable: true),
                    RecordedOn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_updates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "withdrawals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Item = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Day = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RecordedOn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_withdrawals", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_observations_TargetId_Subject_ObservedOn_RecordedOn",
                table: "observations",
                columns: new[] { "TargetId", "Subject", "ObservedOn", "RecordedOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_status_updates_MeasureId_Reporter_ReportedOn_RecordedOn",
                table: "status_updates",
                columns: new[] { "MeasureId", "Reporter", "ReportedOn", "RecordedOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_withdrawals_Kind_Item_Subject_Day_RecordedOn",
                table: "withdrawals",
                columns: new[] { "Kind", "Item", "Subject", "Day", "RecordedOn" },
                unique: true);

            // Append-only: the database itself refuses an UPDATE or DELETE of any row (a correction or withdrawal is a new row).
            migrationBuilder.Sql("CREATE OR REPLACE FUNCTION progress_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '% is append-only: send a correction or a withdrawal', TG_TABLE_NAME; END $$;");
            migrationBuilder.Sql("CREATE TRIGGER observations_append_only BEFORE UPDATE OR DELETE ON observations FOR EACH ROW EXECUTE FUNCTION progress_append_only();");
            migrationBuilder.Sql("CREATE TRIGGER status_updates_append_only BEFORE UPDATE OR DELETE ON status_updates FOR EACH ROW EXECUTE FUNCTION progress_append_only();");
            migrationBuilder.Sql("CREATE TRIGGER withdrawals_append_only BEFORE UPDATE OR DELETE ON withdrawals FOR EACH ROW EXECUTE FUNCTION progress_append_only();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "observations");

            migrationBuilder.DropTable(
                name: "status_updates");

            migrationBuilder.DropTable(
                name: "withdrawals");
        }
    }
}
