using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Checks;

/// <summary>One item in the checks report, with the findings the query asked for.</summary>
public sealed record CheckReportItem(Guid Id, DocumentType Type, string Title, string TitleCulture, string EditedBy, DateTime CheckedUtc, IReadOnlyList<CheckFinding> Findings);
