namespace OmbudsmanSite.Core.Security;

/// <summary>
/// What one user may do: a set of permissions and, for translators, the cultures whose text they may
/// change. The services check these on every operation, so hiding a button is never the only guard.
/// </summary>
public sealed class EditorialRights
{
    private static readonly EditorialRight[] EditorRights =
    [
        EditorialRight.EditDrafts, EditorialRight.EditInvariant, EditorialRight.SubmitForReview,
        EditorialRight.Publish, EditorialRight.Delete, EditorialRight.ManageRedirects, EditorialRight.ManageMedia, EditorialRight.KeepVersions,
    ];

    private static readonly EditorialRight[] WriterRights =
    [
        EditorialRight.EditDrafts, EditorialRight.EditInvariant, EditorialRight.SubmitForReview, EditorialRight.ManageMedia,
    ];

    private static readonly EditorialRight[] TranslatorRights = [EditorialRight.EditDrafts, EditorialRight.SubmitForReview];

    private readonly HashSet<EditorialRight> _permissions;
    private readonly HashSet<string>? _cultures;

    private EditorialRights(IEnumerable<EditorialRight> permissions, IEnumerable<string>? cultures)
    {
        _permissions = [.. permissions];
        _cultures = cultures is null ? null : new HashSet<string>(cultures, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The system users' rights (imports, the scheduler, cleanup).</summary>
    public static EditorialRights Everything { get; } = new(Enum.GetValues<EditorialRight>(), null);

    public static EditorialRights Nothing { get; } = new([], []);

    /// <summary>Null when every culture may be edited; otherwise the translator's cultures.</summary>
    public IReadOnlySet<string>? Cultures => _cultures;

    public IReadOnlySet<EditorialRight> Permissions => _permissions;

    /// <summary>
    /// The union of the roles' permissions. A translator's culture limit applies only when no other
    /// role already lets the user write every culture.
    /// </summary>
    public static EditorialRights ForRoles(IEnumerable<string> roles, IEnumerable<string> translatorCultures)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(translatorCultures);
        var held = roles.ToHashSet(StringComparer.Ordinal);
        if (held.Contains(BackofficeRoles.Administrator))
        {
            return Everything;
        }

        var permissions = new HashSet<EditorialRight>();
        if (held.Contains(BackofficeRoles.Editor))
        {
            permissions.UnionWith(EditorRights);
        }

        if (held.Contains(BackofficeRoles.Writer))
        {
            permissions.UnionWith(WriterRights);
        }

        var writesEveryCulture = permissions.Contains(EditorialRight.EditDrafts);
        if (held.Contains(BackofficeRoles.Translator))
        {
            permissions.UnionWith(TranslatorRights);
        }

        return new EditorialRights(permissions, writesEveryCulture ? null : translatorCultures);
    }

    public bool Allows(EditorialRight permission) => _permissions.Contains(permission);

    public bool MayEditCulture(string culture) =>
        Allows(EditorialRight.EditDrafts) && (_cultures is null || _cultures.Contains(culture));

    public bool MayEditEveryCulture => Allows(EditorialRight.EditDrafts) && _cultures is null;
}
