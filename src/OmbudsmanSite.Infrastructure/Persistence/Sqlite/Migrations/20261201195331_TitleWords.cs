using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmbudsmanSite.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TitleWords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DocumentTitleWords",
                columns: table => new
                {
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Word = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentTitleWords", x => new { x.DocumentId, x.Culture, x.Word });
                    table.ForeignKey(
                        name: "FK_DocumentTitleWords_DocumentCultures_DocumentId_Culture",
                        columns: x => new { x.DocumentId, x.Culture },
                        principalTable: "DocumentCultures",
                        principalColumns: new[] { "DocumentId", "Culture" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Live_Type_UpdatedById_UpdatedUtc_Id",
                table: "Documents",
                columns: new[] { "Type", "UpdatedById", "UpdatedUtc", "Id" },
                filter: "\"DeletedUtc\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentTitleWords_Word_DocumentId",
                table: "DocumentTitleWords",
                columns: new[] { "Word", "DocumentId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DocumentTitleWords");

            migrationBuilder.DropIndex(
                name: "IX_Documents_Live_Type_UpdatedById_UpdatedUtc_Id",
                table: "Documents");
        }
    }
}
