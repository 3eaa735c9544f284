namespace OmbudsmanSite.Core.Content;

/// <summary>Why an address is no live item's.</summary>
public enum RetiredAddressKind
{
    /// <summary>An old address (a slug change, or one added by hand) of a live item: 301 to where it is now.</summary>
    Redirect,

    /// <summary>An address whose item was deleted for good: 410.</summary>
    Gone,

    /// <summary>An address of an item in the recycle bin (it had been live there): 410 until it is restored.</summary>
    DeletedItem,
}
