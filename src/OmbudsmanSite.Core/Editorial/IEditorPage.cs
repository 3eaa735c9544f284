namespace OmbudsmanSite.Core.Editorial;

/// <summary>Where a page of a list stands, whatever it lists (what the pager shows).</summary>
public interface IEditorPage
{
    int Page { get; }

    bool HasPrevious { get; }

    bool HasNext { get; }
}
