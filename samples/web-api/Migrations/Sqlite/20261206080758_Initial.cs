using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jilin.Urbanization.WebApi.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TargetId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ObservedOn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedOn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_observations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "status_updates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeasureId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reporter = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReportedOn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Narrative = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedOn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_updates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "withdrawals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Item = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Day = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RecordedOn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: true)
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
            migrationBuilder.Sql("CREATE TRIGGER IF NOT EXISTS observations_no_update BEFORE UPDATE ON observations BEGIN SELECT RAISE(ABORT, 'observations is append-only: send a correction or a withdrawal'); END;");
            migrationBuilder.Sql("CREATE TRIGGER IF NOT EXISTS observations_no_delete BEFORE DELETE ON observations BEGIN SELECT RAISE(ABORT, 'observations is append-only: send a correction or a withdrawal'); END;");
            migrationBuilder.Sql("CREATE TRIGGER IF NOT EXISTS status_updates_no_update BEFORE UPDATE ON status_updates BEGIN SELECT RAISE(ABORT, 'status_updates is append-only: send a correction or a withdrawal'); END;");
            migrationBuilder.Sql("CREATE TRIGGER IF NOT EXISTS status_updates_no_delete BEFORE DELETE ON status_updates BEGIN SELECT RAISE(ABORT, 'status_updates is append-only: send a correction or a withdrawal'); END;");
            migrationBuilder.Sql("CREATE TRIGGER IF NOT EXISTS withdrawals_no_update BEFORE UPDATE ON withdrawals BEGIN SELECT RAISE(ABORT, 'withdrawals is append-only: send a correction or a withdrawal'); END;");
            migrationBuilder.Sql("CREATE TRIGGER IF NOT EXISTS withdrawals_no_delete BEFORE DELETE ON withdrawals BEGIN SELECT RAISE(ABORT, 'withdrawals is append-only: send a correction or a withdrawal'); END;");
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
