using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OmbudsmanSite.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class EditorialCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Published rows written before the editorial model have no document, version or audit row:
            // they are cleared with the record of their uSync files, so the next start imports those
            // files again through the editorial services. Legacy-import drafts are imported again
            // with import-legacy (the same files; it is idempotent by legacy id).
            migrationBuilder.Sql("DELETE FROM \"ContentTaxonomy\"; DELETE FROM \"MeetingParticipants\"; DELETE FROM \"ContentVariants\"; DELETE FROM \"ContentItems\"; DELETE FROM \"SyncRecords\" WHERE \"Path\" LIKE 'Content/%';");

            migrationBuilder.DropIndex(
                name: "IX_ContentVariants_Culture_State_DocumentType",
                table: "ContentVariants");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_LegacyId",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "State",
                table: "ContentVariants");

            migrationBuilder.DropColumn(
                name: "LegacyId",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "LegacyViewCount",
                table: "ContentItems");

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Cultures = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: true),
                    Detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContentChanges",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Cultures = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentChanges", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "Documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HeadVersion = table.Column<int>(type: "integer", nullable: false),
                    LastVersion = table.Column<int>(type: "integer", nullable: false),
                    InvariantChangedVersion = table.Column<int>(type: "integer", nullable: false),
                    PublishedInvariantVersion = table.Column<int>(type: "integer", nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedById = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UpdatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DeletedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeletedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LegacyId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LegacyViewCount = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Redirects",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Culture = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DocumentType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TargetDocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Redirects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContentSchedules",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Culture = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Action = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DueUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedById = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CompletedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClaimedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FailureReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentSchedules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContentSchedules_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DocumentCultures",
                columns: table => new
                {
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Culture = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DocumentType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ChangedVersion = table.Column<int>(type: "integer", nullable: false),
                    PublishedVersion = table.Column<int>(type: "integer", nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FirstPublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentCultures", x => new { x.DocumentId, x.Culture });
                    table.ForeignKey(
                        name: "FK_DocumentCultures_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DocumentVersions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    BasedOn = table.Column<int>(type: "integer", nullable: true),
                    AuthorId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CulturesChanged = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    InvariantChanged = table.Column<bool>(type: "boolean", nullable: false),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Keep = table.Column<bool>(type: "boolean", nullable: false),
                    ValuesJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentVersions_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContentVariants_Culture_DocumentType",
                table: "ContentVariants",
                columns: new[] { "Culture", "DocumentType" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Action_Id",
                table: "AuditEntries",
                columns: new[] { "Action", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_DocumentId_Id",
                table: "AuditEntries",
                columns: new[] { "DocumentId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserId_Id",
                table: "AuditEntries",
                columns: new[] { "UserId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Utc",
                table: "AuditEntries",
                column: "Utc");

            migrationBuilder.CreateIndex(
                name: "IX_ContentSchedules_DocumentId_Culture",
                table: "ContentSchedules",
                columns: new[] { "DocumentId", "Culture" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentSchedules_Status_DueUtc",
                table: "ContentSchedules",
                columns: new[] { "Status", "DueUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentCultures_Culture_DocumentType_Slug",
                table: "DocumentCultures",
                columns: new[] { "Culture", "DocumentType", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocumentCultures_Culture_State",
                table: "DocumentCultures",
                columns: new[] { "Culture", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_LegacyId",
                table: "Documents",
                column: "LegacyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Type_DeletedUtc_UpdatedUtc",
                table: "Documents",
                columns: new[] { "Type", "DeletedUtc", "UpdatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentVersions_CreatedUtc",
                table: "DocumentVersions",
                column: "CreatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentVersions_DocumentId_Number",
                table: "DocumentVersions",
                columns: new[] { "DocumentId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Redirects_Culture_DocumentType_Slug",
                table: "Redirects",
                columns: new[] { "Culture", "DocumentType", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Redirects_TargetDocumentId",
                table: "Redirects",
                column: "TargetDocumentId");

            // The audit trail is append-only in the database too, whatever code runs against it.
            migrationBuilder.Sql("CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'The audit trail is append-only.'; END; $$;");
            migrationBuilder.Sql("CREATE TRIGGER \"AuditEntries_AppendOnly\" BEFORE UPDATE OR DELETE ON \"AuditEntries\" FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AuditEntries_AppendOnly\" ON \"AuditEntries\"; DROP FUNCTION IF EXISTS audit_entries_append_only();");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "ContentChanges");

            migrationBuilder.DropTable(
                name: "ContentSchedules");

            migrationBuilder.DropTable(
                name: "DocumentCultures");

            migrationBuilder.DropTable(
                name: "DocumentVersions");

            migrationBuilder.DropTable(
                name: "Redirects");

            migrationBuilder.DropTable(
                name: "Documents");

            migrationBuilder.DropIndex(
                name: "IX_ContentVariants_Culture_DocumentType",
                table: "ContentVariants");

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "ContentVariants",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LegacyId",
                table: "ContentItems",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LegacyViewCount",
                table: "ContentItems",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContentVariants_Culture_State_DocumentType",
                table: "ContentVariants",
                columns: new[] { "Culture", "State", "DocumentType" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_LegacyId",
                table: "ContentItems",
                column: "LegacyId",
                unique: true);
        }
    }
}
