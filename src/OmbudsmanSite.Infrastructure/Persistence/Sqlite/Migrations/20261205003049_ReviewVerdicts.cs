using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmbudsmanSite.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReviewVerdicts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Verdicts",
                table: "ReviewRequests",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Verdicts",
                table: "ReviewRequests");
        }
    }
}
