namespace OmbudsmanSite.Web.Tests.Support;

/// <summary>The API's contract tests on PostgreSQL share one cluster and one site; they run one class after another.</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlSiteGroup : ICollectionFixture<PostgreSqlSiteFactory>
{
    public const string Name = "PostgreSQL site";
}
