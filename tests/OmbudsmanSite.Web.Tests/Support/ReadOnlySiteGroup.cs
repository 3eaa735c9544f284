namespace OmbudsmanSite.Web.Tests.Support;

/// <summary>
/// Test classes that only read the fixture site share one (a site start is the slow part of a class).
/// A class that changes content keeps its own <see cref="SiteFactory"/>.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReadOnlySiteGroup : ICollectionFixture<SiteFactory>
{
    public const string Name = "Read-only site";
}
