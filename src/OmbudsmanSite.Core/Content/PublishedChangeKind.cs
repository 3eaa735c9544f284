namespace OmbudsmanSite.Core.Content;

/// <summary>What became of an item in one language since a sync client's cursor.</summary>
public enum PublishedChangeKind
{
    /// <summary>First published after the cursor: the client adds it.</summary>
    Created,

    /// <summary>Published before the cursor and changed since: the client replaces it.</summary>
    Updated,

    /// <summary>No longer published in this language, though the item exists: the client removes it.</summary>
    Unpublished,

    /// <summary>The item was deleted: the client removes it.</summary>
    Deleted,
}
