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

    /// <summary>What a state is called while a submission waits: "in review" over a draft or a pending change, the state itself otherwise.</summary>
    public static CultureState Shown(CultureState state, bool inReview) =>
        inReview && state is CultureState.Draft or CultureState.PublishedWithPendingChanges ? CultureState.InReview : state;
}
