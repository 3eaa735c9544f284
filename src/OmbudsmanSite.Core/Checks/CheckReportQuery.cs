using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Checks;

/// <summary>A page of the site-wide checks report: items with findings, narrowed by check, language, type, last editor and severity.</summary>
public sealed record CheckReportQuery
{
    public const int DefaultPageSize = 50;

    public ContentCheck? Check { get; init; }

    public string? Culture { get; init; }

    public DocumentType? Type { get; init; }

    /// <summary>The display name of whoever last edited the item.</summary>
    public string? EditedBy { get; init; }

    public CheckSeverity? Severity { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;
}
