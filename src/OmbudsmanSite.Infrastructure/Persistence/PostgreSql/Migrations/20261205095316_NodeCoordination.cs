using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmbudsmanSite.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class NodeCoordination : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RecurringJobRuns",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LastRunUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastRunBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecurringJobRuns", x => x.Name);
                });

            // Every commit that adds journal rows wakes every node's listener (JournalNotifications) at once,
            // whoever wrote them: a node, or a command such as import-usync. One notice per statement;
            // PostgreSQL folds identical notices of one transaction into one.
            migrationBuilder.Sql("""
                CREATE FUNCTION ombudsman_journal_notify() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('ombudsman_journal', '');
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "ContentChanges_notify" AFTER INSERT ON "ContentChanges"
                    FOR EACH STATEMENT EXECUTE FUNCTION ombudsman_journal_notify();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "ContentChanges_notify" ON "ContentChanges";
                DROP FUNCTION IF EXISTS ombudsman_journal_notify();
                """);

            migrationBuilder.DropTable(
                name: "RecurringJobRuns");
        }
    }
}
