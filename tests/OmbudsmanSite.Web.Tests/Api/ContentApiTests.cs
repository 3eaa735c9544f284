using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Api;

/// <summary>The delivery API's contract, on SQLite.</summary>
public sealed class ContentApiTests(SiteFactory factory) : ContentApiContract<SiteFactory>(factory), IClassFixture<SiteFactory>;
