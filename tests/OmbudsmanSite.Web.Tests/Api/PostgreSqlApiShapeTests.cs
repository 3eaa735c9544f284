using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Api;

/// <summary>expand and fields' contract, on PostgreSQL.</summary>
[Collection(PostgreSqlSiteGroup.Name)]
public sealed class PostgreSqlApiShapeTests(PostgreSqlSiteFactory factory) : ApiShapeContract<PostgreSqlSiteFactory>(factory);
