using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmbudsmanSite.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class EditorListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Documents_Type_DeletedUtc_UpdatedUtc",
                table: "Documents");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Type_DeletedUtc_UpdatedUtc_Id",
                table: "Documents",
                columns: new[] { "Type", "DeletedUtc", "UpdatedUtc", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Documents_Type_DeletedUtc_UpdatedUtc_Id",
                table: "Documents");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Type_DeletedUtc_UpdatedUtc",
                table: "Documents",
                columns: new[] { "Type", "DeletedUtc", "UpdatedUtc" });
        }
    }
}
