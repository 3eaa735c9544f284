namespace OmbudsmanSite.Core.Editorial;

public enum RedirectKind
{
    /// <summary>Left behind when a published culture's slug changed.</summary>
    SlugChange,

    /// <summary>Added by an editor.</summary>
    Manual,

    /// <summary>The address of a purged item: it answers 410 Gone.</summary>
    Gone,

    /// <summary>
    /// Left by an item removed as published in error: its address sends visitors to the item that
    /// replaces it. Restoring the removed item gives the address back.
    /// </summary>
    PublishedInError,
}
