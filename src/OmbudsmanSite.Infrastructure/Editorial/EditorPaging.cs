using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Infrastructure.Editorial;

internal static class EditorPaging
{
    /// <summary>The rows of a query that read one more than <paramref name="pageSize"/>: its presence says there is a next page.</summary>
    public static EditorPage<T> FromOverfetch<T>(IReadOnlyList<T> rows, int page, int pageSize) =>
        new(rows.Count > pageSize ? [.. rows.Take(pageSize)] : rows, page, pageSize, rows.Count > pageSize);
}
