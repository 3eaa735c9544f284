using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// An old address (culture, section, slug) and the item it now leads to. It points at the item, not
/// at a path, so chains collapse by themselves: A and B both answer 301 to the item's current slug.
/// </summary>
public sealed class Redirect
{
    // For EF Core.
    private Redirect()
    {
    }

    public Redirect(string culture, DocumentType type, string slug, Guid? targetDocumentId, RedirectKind kind, ActingUser user, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(user);
        Culture = culture;
        DocumentType = type;
        Slug = slug;
        TargetDocumentId = targetDocumentId;
        Kind = kind;
        CreatedByName = user.Name;
        CreatedUtc = nowUtc;
    }

    public long Id { get; private set; }

    public string Culture { get; private set; } = "";

    public DocumentType DocumentType { get; private set; }

    public string Slug { get; private set; } = "";

    /// <summary>Null for <see cref="RedirectKind.Gone"/>.</summary>
    public Guid? TargetDocumentId { get; set; }

    public RedirectKind Kind { get; set; }

    public string CreatedByName { get; private set; } = "";

    public DateTime CreatedUtc { get; private set; }
}
