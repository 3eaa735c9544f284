using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmbudsmanSite.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class LiveItemsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Documents_Type_DeletedUtc_UpdatedUtc_Id",
                table: "Documents");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Live_Type_UpdatedUtc_Id",
                table: "Documents",
                columns: new[] { "Type", "UpdatedUtc", "Id" },
                filter: "\"DeletedUtc\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Documents_Live_Type_UpdatedUtc_Id",
                table: "Documents");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Type_DeletedUtc_UpdatedUtc_Id",
                table: "Documents",
                columns: new[] { "Type", "DeletedUtc", "UpdatedUtc", "Id" });
        }
    }
}
