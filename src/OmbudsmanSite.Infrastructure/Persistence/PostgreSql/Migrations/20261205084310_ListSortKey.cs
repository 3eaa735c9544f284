using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmbudsmanSite.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ListSortKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "SortUtc",
                table: "ContentItems",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            // Existing items: their date, or when they were made (what the lists sorted by before).
            migrationBuilder.Sql("UPDATE \"ContentItems\" SET \"SortUtc\" = COALESCE(\"DateUtc\", \"CreatedUtc\");");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Type_SortUtc_Id",
                table: "ContentItems",
                columns: new[] { "Type", "SortUtc", "Id" },
                descending: new[] { false, true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Type_SortUtc_Id",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "SortUtc",
                table: "ContentItems");
        }
    }
}
