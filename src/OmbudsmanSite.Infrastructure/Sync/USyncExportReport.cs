namespace OmbudsmanSite.Infrastructure.Sync;

/// <summary>What an export wrote, by kind.</summary>
public sealed record USyncExportReport(int DocumentTypes, int Taxonomy, int Media, int Content);
