using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Web.Routing.Pages;

/// <summary>The answer of <see cref="PageResolver"/> for one route: a page, an address to go to, or none.</summary>
public sealed record PageResolution
{
    private PageResolution(PageOutcome outcome, SitePageModel? page, string? location, bool permanent, PublishedItem? item = null)
    {
        Outcome = outcome;
        Page = page;
        Item = item;
        Location = location;
        Permanent = permanent;
    }

    public PageOutcome Outcome { get; }

    /// <summary>The live item found by <see cref="PageResolver.ResolveItemAsync"/>, before any page is built around it.</summary>
    public PublishedItem? Item { get; }

    /// <summary>What to render (<see cref="PageOutcome.Found"/>, <see cref="PageOutcome.Gone"/>).</summary>
    public SitePageModel? Page { get; }

    /// <summary>
    /// Where the content is now (<see cref="PageOutcome.Moved"/>). A permanent move names the item's
    /// address only: the caller keeps the request's query (a campaign's tags) on it.
    /// </summary>
    public string? Location { get; }

    /// <summary>A 301 (an old address) rather than a redirect for this once (a page past a list's end).</summary>
    public bool Permanent { get; }

    public static PageResolution Found(SitePageModel page) => new(PageOutcome.Found, page, null, false);

    public static PageResolution FoundItem(PublishedItem item) => new(PageOutcome.Found, null, null, false, item);

    public static PageResolution Moved(string location, bool permanent) => new(PageOutcome.Moved, null, location, permanent);

    public static PageResolution Gone(SitePageModel page) => new(PageOutcome.Gone, page, null, false);

    public static PageResolution NotFound { get; } = new(PageOutcome.NotFound, null, null, false);
}
