namespace OmbudsmanSite.Core.Editorial;

public static class CultureStateRules
{
    /// <summary>
    /// A pending publish schedule wins; else live, with its text and the item's invariant values
    /// unchanged since they went live, is published; live and changed since is pending changes; not
    /// live is a draft.
    /// </summary>
    public static CultureState StateOf(int changedVersion, int? publishedVersion, int invariantChangedVersion, int? publishedInvariantVersion, bool publishScheduled)
    {
        if (publishScheduled)
        {
            return CultureState.Scheduled;
        }

        if (publishedVersion is not { } published)
        {
            return CultureState.Draft;
        }

        return changedVersion > published || invariantChangedVersion > (publishedInvariantVersion ?? 0)
            ? CultureState.PublishedWithPendingChanges
            : CultureState.Published;
    }
}
