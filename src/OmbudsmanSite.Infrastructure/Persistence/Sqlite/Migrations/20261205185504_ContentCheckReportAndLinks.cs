using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmbudsmanSite.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ContentCheckReportAndLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExternalLinks",
                columns: table => new
                {
                    Url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    Host = table.Column<string>(type: "TEXT", maxLength: 253, nullable: false),
                    LastLinkedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CheckedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    Redirects = table.Column<int>(type: "INTEGER", nullable: false),
                    ElapsedMilliseconds = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClaimedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExternalLinks", x => x.Url);
                });

            migrationBuilder.CreateTable(
                name: "ItemChecks",
                columns: table => new
                {
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TitleCulture = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EditedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Errors = table.Column<int>(type: "INTEGER", nullable: false),
                    Warnings = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemChecks", x => x.DocumentId);
                });

            migrationBuilder.CreateTable(
                name: "ItemCheckFindings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Check = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Element = table.Column<int>(type: "INTEGER", nullable: true),
                    Values = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemCheckFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ItemCheckFindings_ItemChecks_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "ItemChecks",
                        principalColumn: "DocumentId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExternalLinks_Host_CheckedUtc",
                table: "ExternalLinks",
                columns: new[] { "Host", "CheckedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ItemCheckFindings_Check_Culture",
                table: "ItemCheckFindings",
                columns: new[] { "Check", "Culture" });

            migrationBuilder.CreateIndex(
                name: "IX_ItemCheckFindings_DocumentId",
                table: "ItemCheckFindings",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_ItemChecks_Errors_Warnings",
                table: "ItemChecks",
                columns: new[] { "Errors", "Warnings" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExternalLinks");

            migrationBuilder.DropTable(
                name: "ItemCheckFindings");

            migrationBuilder.DropTable(
                name: "ItemChecks");
        }
    }
}
