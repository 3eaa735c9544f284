using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmbudsmanSite.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Withdrawal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "WithdrawalExplanation",
                table: "Documents",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}"); // an empty LocalizedText, as its converter writes it

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnUtc",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalExplanation",
                table: "ContentItems",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}"); // an empty LocalizedText, as its converter writes it

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnUtc",
                table: "ContentItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_WithdrawnUtc",
                table: "ContentItems",
                column: "WithdrawnUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_WithdrawnUtc",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "WithdrawalExplanation",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "WithdrawnUtc",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "WithdrawalExplanation",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "WithdrawnUtc",
                table: "ContentItems");
        }
    }
}
