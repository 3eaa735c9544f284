using OmbudsmanSite.Web.Tests.Support;
using Xunit.Abstractions;

namespace OmbudsmanSite.Web.Tests.Api;

/// <summary>The sync feed's contract, on SQLite.</summary>
public sealed class ChangesFeedTests(SiteFactory factory, ITestOutputHelper output) : ChangesFeedContract<SiteFactory>(factory, output), IClassFixture<SiteFactory>;
