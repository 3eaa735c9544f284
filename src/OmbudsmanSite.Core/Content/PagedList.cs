namespace OmbudsmanSite.Core.Content;

public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    /// <summary>For a newest-first list: the cursor after this page's last item, where the next page starts (null on the last page).</summary>
    public ContentCursor? Next { get; init; }

    public int PageCount => TotalCount == 0 ? 1 : (TotalCount + PageSize - 1) / PageSize;

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;
}
