namespace OmbudsmanSite.Core.Security;

/// <summary>The backoffice roles. What each may do is in <see cref="EditorialRights.ForRoles"/>, nowhere else.</summary>
public static class BackofficeRoles
{
    /// <summary>Users, settings and the audit trail, and everything an editor does.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Publishes, unpublishes, schedules, deletes and restores.</summary>
    public const string Editor = "Editor";

    /// <summary>Creates and edits drafts and submits them for review.</summary>
    public const string Writer = "Writer";

    /// <summary>Edits only the texts of the languages given to the user.</summary>
    public const string Translator = "Translator";

    public static IReadOnlyList<string> All { get; } = [Administrator, Editor, Writer, Translator];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
