namespace OmbudsmanSite.Web.Api;

/// <summary>A withdrawn item's notice in the item's language: when (UTC), and why.</summary>
public sealed record ApiWithdrawal(DateTime DateUtc, string Explanation);
