namespace OmbudsmanSite.Core.Editorial;

public enum ReviewStatus
{
    Pending,

    /// <summary>Approved and published or scheduled; for a retrospective review, read and found fine.</summary>
    Approved,

    SentBack,

    /// <summary>Decided language by language: some approved (now or on a schedule), the rest sent back.</summary>
    PartlySentBack,

    /// <summary>Replaced by a later submission of the same language.</summary>
    Withdrawn,
}
