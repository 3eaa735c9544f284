using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Web.Backoffice;

namespace OmbudsmanSite.Web.Components.Backoffice.Workspace;

/// <summary>
/// The sidebar's sections for one user: only those the user may use (the pages check again on the
/// server; hiding a link is never the guard), grouped as editors think of them.
/// </summary>
public static class WorkspaceNavigation
{
    public static IReadOnlyList<NavGroup> For(ActingUser user, int awaitingReview)
    {
        ArgumentNullException.ThrowIfNull(user);
        var rights = user.Rights;
        List<NavGroup> groups =
        [
            new("NavGroupContent", [.. Enum.GetValues<DocumentType>().Select(TypeLink)]),
            new("NavGroupMedia", [new("Media", BackofficeAddresses.Media, Icons.Media)]),
        ];
        List<NavLink> workflow = [];
        if (rights.Allows(EditorialRight.Publish) || rights.Allows(EditorialRight.SubmitForReview))
        {
            workflow.Add(new("ReviewTitle", BackofficeAddresses.Review, Icons.Review, awaitingReview));
        }

        workflow.Add(new("SchedulesTitle", BackofficeAddresses.Schedules, Icons.Schedules));
        workflow.Add(new("ChecksReportTitle", BackofficeAddresses.Checks, Icons.Problem));
        groups.Add(new("NavGroupWorkflow", workflow));
        List<NavLink> site = [];
        if (rights.Allows(EditorialRight.ManageRedirects))
        {
            site.Add(new("RedirectsTitle", BackofficeAddresses.Redirects, Icons.Redirects));
        }

        if (rights.Allows(EditorialRight.Delete))
        {
            site.Add(new("RecycleBin", BackofficeAddresses.RecycleBin, Icons.RecycleBin));
        }

        // Only administrators hold these: the pages' policy asks for the role itself.
        if (rights.Allows(EditorialRight.ManageUsers))
        {
            site.Add(new("Users", BackofficeAddresses.Users, Icons.Users));
        }

        if (rights.Allows(EditorialRight.ViewAudit))
        {
            site.Add(new("Audit", BackofficeAddresses.Audit, Icons.Audit));
        }

        if (rights.Allows(EditorialRight.ManageSettings))
        {
            site.Add(new("ApiKeysTitle", BackofficeAddresses.ApiKeys, Icons.ApiKeys));
        }

        if (site.Count > 0)
        {
            groups.Add(new("NavGroupSite", site));
        }

        return groups;
    }

    /// <summary>Whether <paramref name="href"/> is the section the page at <paramref name="path"/> belongs to (an item's editor belongs to no list).</summary>
    public static bool IsCurrent(string href, string path) =>
        href == BackofficeAddresses.Root ? path.TrimEnd('/') == BackofficeAddresses.Root
            : path.Equals(href, StringComparison.OrdinalIgnoreCase) || path.StartsWith(href + "/", StringComparison.OrdinalIgnoreCase);

    public static string IconOf(DocumentType type) => type switch
    {
        DocumentType.Home => Icons.Home,
        DocumentType.Page => Icons.Page,
        DocumentType.NewsArticle => Icons.News,
        DocumentType.Meeting => Icons.Meeting,
        _ => Icons.Report,
    };

    private static NavLink TypeLink(DocumentType type)
    {
        var alias = DocumentTypeAliases.AliasOf(type);
        return new($"ContentList_{alias}", $"{BackofficeAddresses.Content}/{alias}", IconOf(type));
    }
}
