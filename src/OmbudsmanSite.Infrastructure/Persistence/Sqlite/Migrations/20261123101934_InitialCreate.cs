using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmbudsmanSite.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContentItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DateUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LegacyId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LegacyViewCount = table.Column<int>(type: "INTEGER", nullable: true),
                    MeetingFormat = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    MeetingLocation = table.Column<string>(type: "TEXT", nullable: true),
                    ReportYear = table.Column<int>(type: "INTEGER", nullable: true),
                    ReportKind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    ReportFiles = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DocumentTypes",
                columns: table => new
                {
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Names = table.Column<string>(type: "TEXT", nullable: false),
                    Descriptions = table.Column<string>(type: "TEXT", nullable: false),
                    AllowedBlocks = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentTypes", x => x.Type);
                });

            migrationBuilder.CreateTable(
                name: "SyncRecords",
                columns: table => new
                {
                    Path = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ImportedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SyncRecords", x => x.Path);
                });

            migrationBuilder.CreateTable(
                name: "TaxonomyItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Alias = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Names = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaxonomyItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContentVariants",
                columns: table => new
                {
                    ContentItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DocumentType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    SeoDescription = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FirstPublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentVariants", x => new { x.ContentItemId, x.Culture });
                    table.ForeignKey(
                        name: "FK_ContentVariants_ContentItems_ContentItemId",
                        column: x => x.ContentItemId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContentTaxonomy",
                columns: table => new
                {
                    ContentItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaxonomyItemId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentTaxonomy", x => new { x.ContentItemId, x.TaxonomyItemId });
                    table.ForeignKey(
                        name: "FK_ContentTaxonomy_ContentItems_ContentItemId",
                        column: x => x.ContentItemId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContentTaxonomy_TaxonomyItems_TaxonomyItemId",
                        column: x => x.TaxonomyItemId,
                        principalTable: "TaxonomyItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingParticipants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Role = table.Column<string>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingParticipants_ContentItems_ContentItemId",
                        column: x => x.ContentItemId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingParticipants_TaxonomyItems_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "TaxonomyItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingParticipants_TaxonomyItems_PersonId",
                        column: x => x.PersonId,
                        principalTable: "TaxonomyItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_LegacyId",
                table: "ContentItems",
                column: "LegacyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Type_DateUtc",
                table: "ContentItems",
                columns: new[] { "Type", "DateUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentTaxonomy_TaxonomyItemId",
                table: "ContentTaxonomy",
                column: "TaxonomyItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ContentVariants_Culture_DocumentType_Slug",
                table: "ContentVariants",
                columns: new[] { "Culture", "DocumentType", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContentVariants_Culture_State_DocumentType",
                table: "ContentVariants",
                columns: new[] { "Culture", "State", "DocumentType" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingParticipants_ContentItemId",
                table: "MeetingParticipants",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingParticipants_OrganisationId",
                table: "MeetingParticipants",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingParticipants_PersonId",
                table: "MeetingParticipants",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_TaxonomyItems_Kind_Alias",
                table: "TaxonomyItems",
                columns: new[] { "Kind", "Alias" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContentTaxonomy");

            migrationBuilder.DropTable(
                name: "ContentVariants");

            migrationBuilder.DropTable(
                name: "DocumentTypes");

            migrationBuilder.DropTable(
                name: "MeetingParticipants");

            migrationBuilder.DropTable(
                name: "SyncRecords");

            migrationBuilder.DropTable(
                name: "ContentItems");

            migrationBuilder.DropTable(
                name: "TaxonomyItems");
        }
    }
}
