namespace OmbudsmanSite.Core.Content;

/// <summary>The orders a list of published items can be read in (ties broken by id, so pages never overlap).</summary>
public enum ContentSort
{
    /// <summary>Newest first, by the item's date (else its creation).</summary>
    DateDescending,

    /// <summary>By title in the asked language, A to Z.</summary>
    TitleAscending,
}
