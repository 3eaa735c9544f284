using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Api;

/// <summary>The list endpoint's contract, on SQLite.</summary>
[Collection(ReadOnlySiteGroup.Name)]
public sealed class ContentListApiTests(SiteFactory factory) : ContentListApiContract<SiteFactory>(factory);
