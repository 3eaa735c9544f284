namespace OmbudsmanSite.Core.Editorial;

/// <summary>Filters for the audit trail; every one optional. Newest first.</summary>
public sealed record AuditQuery
{
    public Guid? DocumentId { get; init; }

    public string? UserId { get; init; }

    public AuditAction? Action { get; init; }

    public DateTime? FromUtc { get; init; }

    /// <summary>Exclusive.</summary>
    public DateTime? ToUtc { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 50;
}
