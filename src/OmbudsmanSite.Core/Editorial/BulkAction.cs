namespace OmbudsmanSite.Core.Editorial;

/// <summary>What an editor can do to several items of a list at once, each for the languages chosen (delete: the whole item).</summary>
public enum BulkAction
{
    Submit,
    Publish,
    Unpublish,
    Delete,
}
