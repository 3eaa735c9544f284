using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OmbudsmanSite.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ReviewPresenceTranslationSource : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsOutOfDate",
                table: "DocumentCultures",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "SourceVersion",
                table: "DocumentCultures",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EditorPresences",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Culture = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StartedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SeenUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TakenOverByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EditorPresences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EditorPresences_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Cultures = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SubmittedById = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubmittedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DecidedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DecidedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewRequests_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentCultures_IsOutOfDate_UpdatedUtc",
                table: "DocumentCultures",
                columns: new[] { "IsOutOfDate", "UpdatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_EditorPresences_DocumentId_SeenUtc",
                table: "EditorPresences",
                columns: new[] { "DocumentId", "SeenUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_EditorPresences_SessionId",
                table: "EditorPresences",
                column: "SessionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRequests_DocumentId_Status",
                table: "ReviewRequests",
                columns: new[] { "DocumentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRequests_Status_SubmittedUtc",
                table: "ReviewRequests",
                columns: new[] { "Status", "SubmittedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EditorPresences");

            migrationBuilder.DropTable(
                name: "ReviewRequests");

            migrationBuilder.DropIndex(
                name: "IX_DocumentCultures_IsOutOfDate_UpdatedUtc",
                table: "DocumentCultures");

            migrationBuilder.DropColumn(
                name: "IsOutOfDate",
                table: "DocumentCultures");

            migrationBuilder.DropColumn(
                name: "SourceVersion",
                table: "DocumentCultures");
        }
    }
}
