namespace OmbudsmanSite.Core.Editorial;

/// <summary>What a reviewer decided for one language of a submission.</summary>
public enum ReviewVerdict
{
    /// <summary>Approved and published now.</summary>
    Approved,

    /// <summary>Approved, to go live at a time in Baku.</summary>
    Scheduled,

    /// <summary>Sent back to its author, with the decision's comment.</summary>
    SentBack,
}
