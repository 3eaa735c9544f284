using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Api;

/// <summary>The list endpoint's contract, on PostgreSQL.</summary>
[Collection(PostgreSqlSiteGroup.Name)]
public sealed class PostgreSqlContentListApiTests(PostgreSqlSiteFactory factory) : ContentListApiContract<PostgreSqlSiteFactory>(factory);
