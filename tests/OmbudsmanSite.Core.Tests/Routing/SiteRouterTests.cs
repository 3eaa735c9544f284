using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Routing;

namespace OmbudsmanSite.Core.Tests.Routing;

public sealed class SiteRouterTests
{
    private static readonly SiteCultures Cultures = new(
    [
        new CultureDefinition { Code = "az", CultureName = "az-Latn-AZ", IsDefault = true, Order = 1, SearchSegment = "axtaris", Sections = new() { News = "xeberler", Meetings = "gorusler", Reports = "hesabatlar" } },
        new CultureDefinition { Code = "en", CultureName = "en-GB", Order = 2, SearchSegment = "search", Sections = new() { News = "news", Meetings = "meetings", Reports = "reports" } },
        new CultureDefinition { Code = "ru", CultureName = "ru-RU", Order = 3, SearchSegment = "poisk", Sections = new() { News = "novosti", Meetings = "vstrechi", Reports = "doklady" } },
    ]);

    private static readonly SiteRouter Router = new(Cultures);

    public static TheoryData<string, string> EveryKindInEveryLanguage()
    {
        var routes = new TheoryData<string, string>();
        foreach (var culture in Cultures.All.Select(c => c.Code))
        {
            routes.Add(culture, "home");
            routes.Add(culture, "search");
            routes.Add(culture, "page");
            foreach (var section in Sections.Listed)
            {
                routes.Add(culture, $"section:{section}");
                routes.Add(culture, $"item:{section}");
            }
        }

        return routes;
    }

    [Theory]
    [MemberData(nameof(EveryKindInEveryLanguage))]
    public void A_route_written_as_a_path_reads_back_as_itself_and_its_path_again(string culture, string kind)
    {
        var route = kind.Split(':') switch
        {
            ["home"] => SiteRoute.Home(culture),
            ["search"] => SiteRoute.Search(culture),
            ["page"] => SiteRoute.ForItem(culture, DocumentType.Page, "haqqimizda"),
            ["section", var section] => SiteRoute.List(culture, Enum.Parse<Section>(section)),
            [_, var section] => SiteRoute.ForItem(culture, Sections.DocumentTypeOf(Enum.Parse<Section>(section)), "ombudsman-sheki-2024"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var path = Router.PathOf(route);
        var read = Router.Parse(path);

        Assert.Equal(route, read);
        Assert.Equal(path, Router.PathOf(read!));
        Assert.Equal(route, Router.Parse(culture, path[(culture.Length + 1)..]));
    }

    [Theory]
    [InlineData("/en", SiteRouteKind.Home, null, null)]
    [InlineData("/ru/vstrechi", SiteRouteKind.Section, Section.Meetings, null)]
    [InlineData("/az/axtaris?q=g%C3%B6r%C3%BC%C5%9F", SiteRouteKind.Search, null, null)]
    [InlineData("/az/gorusler/ombudsman-seki", SiteRouteKind.Item, Section.Meetings, "ombudsman-seki")]
    [InlineData("/en/about#contacts", SiteRouteKind.Page, null, "about")]
    [InlineData("/EN/Meetings/", SiteRouteKind.Section, Section.Meetings, null)]
    public void Paths_read_as_what_they_name(string path, SiteRouteKind kind, Section? section, string? slug)
    {
        var route = Router.Parse(path)!;

        Assert.Equal((kind, section, slug), (route.Kind, route.Section, route.Slug));
        Assert.Equal(path.TrimStart('/')[..2].ToLowerInvariant(), route.Culture);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("/xx/news")]
    [InlineData("/en/news/a/b")]
    [InlineData("/en/about/contacts")] // a page has no children
    public void Paths_of_no_route_read_as_none(string path) => Assert.Null(Router.Parse(path));

    [Fact]
    public void The_types_of_what_routes_show_follow_their_section()
    {
        Assert.Equal(DocumentType.Meeting, SiteRoute.ForItem("en", DocumentType.Meeting, "x").DocumentType);
        Assert.Equal(SiteRoute.Home("az"), SiteRoute.ForItem("az", DocumentType.Home, "home"));
        Assert.Null(SiteRoute.Search("en").DocumentType);
        Assert.Equal(SiteRoute.List("ru", Section.News), SiteRoute.List("en", Section.News).InCulture("ru"));
        Assert.Throws<InvalidOperationException>(() => SiteRoute.ForItem("en", DocumentType.Page, "x").InCulture("az"));
    }
}
