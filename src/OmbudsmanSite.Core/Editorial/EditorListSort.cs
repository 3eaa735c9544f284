namespace OmbudsmanSite.Core.Editorial;

public enum EditorListSort
{
    UpdatedNewestFirst,
    UpdatedOldestFirst,

    /// <summary>By the title in <see cref="EditorListQuery.TitleCulture"/>; items without that text come last.</summary>
    Title,
}
