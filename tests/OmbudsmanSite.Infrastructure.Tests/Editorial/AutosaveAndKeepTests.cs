using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Editorial;

/// <summary>An autosave never hands back script, and only editors and administrators exempt a version from cleanup.</summary>
public sealed class AutosaveAndKeepTests
{
    [Fact]
    public async Task An_autosaved_body_is_sanitised_before_anything_reads_it()
    {
        var site = await TestSite.CreateSqliteAsync();
        var id = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "Autosaved" });
        var typed = new ContentValues
        {
            Cultures = new Dictionary<string, CultureValues>
            {
                ["en"] = new() { Title = "Autosaved", BodyHtml = "<p onclick=\"steal()\">Text<script>steal()</script><img src=\"https://tracker.example/p.png\" onerror=\"steal()\"></p>" },
            },
        };

        await site.Autosaves.SaveAsync(TestSite.Tester, id, 1, typed, new Dictionary<string, string>());
        var kept = await site.Autosaves.FindAsync(TestSite.Tester, id);

        var body = kept!.Values.Culture("en")!.BodyHtml;
        Assert.Equal("<p>Text</p>", body);
    }

    [Fact]
    public async Task Only_editors_and_administrators_keep_a_version_and_a_writer_s_attempt_is_refused_and_audited()
    {
        var site = await TestSite.CreateSqliteAsync();
        var id = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "Kept" });
        var writer = new ActingUser("test:writer", "Writer (test)") { Rights = EditorialRights.ForRoles([BackofficeRoles.Writer], []) };
        var editor = new ActingUser("test:editor", "Editor (test)") { Rights = EditorialRights.ForRoles([BackofficeRoles.Editor], []) };

        var refused = await site.Editing.KeepVersionAsync(id, 1, keep: true, writer);
        var kept = await site.Editing.KeepVersionAsync(id, 1, keep: true, editor);

        Assert.Equal(OperationStatus.Forbidden, refused.Status);
        Assert.Equal(OperationStatus.Success, kept.Status);
        Assert.True((await site.Queries.VersionsAsync(id)).Single().Keep);
        Assert.Contains((await site.Queries.AuditAsync(new AuditQuery { Action = AuditAction.AccessDenied })).Items, a => a.UserId == writer.Id && a.Detail!.StartsWith("KeepVersions", StringComparison.Ordinal));
    }
}
