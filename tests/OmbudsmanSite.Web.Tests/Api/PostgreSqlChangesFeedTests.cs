using OmbudsmanSite.Web.Tests.Support;
using Xunit.Abstractions;

namespace OmbudsmanSite.Web.Tests.Api;

/// <summary>The sync feed's contract, on PostgreSQL.</summary>
[Collection(PostgreSqlSiteGroup.Name)]
public sealed class PostgreSqlChangesFeedTests(PostgreSqlSiteFactory factory, ITestOutputHelper output) : ChangesFeedContract<PostgreSqlSiteFactory>(factory, output);
