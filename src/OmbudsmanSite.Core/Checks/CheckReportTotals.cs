namespace OmbudsmanSite.Core.Checks;

/// <summary>The whole report's size under a query: items with findings, errors and warnings; and items not yet checked in their latest version.</summary>
public sealed record CheckReportTotals(int Items, int Errors, int Warnings, int Pending);
