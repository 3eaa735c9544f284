using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Api;

/// <summary>expand and fields' contract, on SQLite.</summary>
[Collection(ReadOnlySiteGroup.Name)]
public sealed class ApiShapeTests(SiteFactory factory) : ApiShapeContract<SiteFactory>(factory);
