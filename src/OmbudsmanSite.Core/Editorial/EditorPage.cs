namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// One page of an editor list or the audit trail. It knows whether a next page exists but not the total:
/// counting 100,000 items (or a million audit rows) for every page was most of a page's time.
/// </summary>
public sealed record EditorPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, bool HasNext) : IEditorPage
{
    public bool HasPrevious => Page > 1;
}
