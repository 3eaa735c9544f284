using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Api;

/// <summary>The delivery API's contract, on PostgreSQL.</summary>
[Collection(PostgreSqlSiteGroup.Name)]
public sealed class PostgreSqlContentApiTests(PostgreSqlSiteFactory factory) : ContentApiContract<PostgreSqlSiteFactory>(factory);
