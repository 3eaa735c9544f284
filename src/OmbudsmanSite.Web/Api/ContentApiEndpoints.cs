using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Core.Routing;
using OmbudsmanSite.Core.Search;
using OmbudsmanSite.Core.Taxonomy;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Web.Caching;
using OmbudsmanSite.Web.Media;
using OmbudsmanSite.Web.Routing;
using OmbudsmanSite.Web.Routing.Pages;

namespace OmbudsmanSite.Web.Api;

/// <summary>
/// The content delivery API under <c>/api/v1</c>: what the public site publishes, as JSON, read
/// through the same router, resolver and read model as the pages. Every answer names its language
/// and varies by <c>Accept-Language</c>; errors are RFC 9457 problem details.
/// </summary>
public static class ContentApiEndpoints
{
    public const string Prefix = SiteUrls.ApiPrefix + "v1";
    public const string CorsPolicy = "api";
    public const string RateLimitPolicy = "api";
    public const string Since = "since";
    private const int DefaultChangesTake = 100;
    private const int MaxChangesTake = 1000;

    /// <summary>The API's settings: CORS for the configured origins (GET and HEAD only).</summary>
    public static IServiceCollection AddContentApi(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ApiOptions.SectionName);
        services.Configure<ApiOptions>(section);
        var origins = (section.Get<ApiOptions>() ?? new ApiOptions()).CorsOrigins;
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy.WithOrigins(origins).WithMethods(HttpMethods.Get, HttpMethods.Head)
            .WithHeaders(Microsoft.Net.Http.Headers.HeaderNames.AcceptLanguage, Microsoft.Net.Http.Headers.HeaderNames.IfNoneMatch, PrivateRequest.PreviewHeader, PrivateRequest.ApiKeyHeader)));
        services.AddSingleton<ApiItemWriter>();
        services.AddSingleton<ApiMediaWriter>();
        return services;
    }

    /// <summary>Whether a request is the API's (its refusals are problem details, not pages).</summary>
    public static bool IsApi(PathString path) => path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);

    public static IEndpointRouteBuilder MapContentApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix).WithTags("Content")
            .AsLanguageVariant()
            .RequireCors(CorsPolicy)
            .RequireRateLimiting(RateLimitPolicy)
            .AddEndpointFilter(ApiFieldsFilter.InvokeAsync);
        api.MapGet("/content", ListAsync).WithName("ListContent");
        api.MapGet("/content/{id:guid}", ItemAsync).WithName("GetContentItem").WithMetadata(PreviewableMetadata.Instance);
        api.MapGet("/content/route", RouteAsync).WithName("GetContentByRoute").WithMetadata(PreviewableMetadata.Instance);
        api.MapGet("/taxonomy/{kind}", TaxonomyAsync).WithName("GetTaxonomy");
        api.MapGet("/media/{id:guid}", MediaAsync).WithName("GetMedia");
        api.MapGet("/changes", ChangesAsync).WithName("GetChanges");
        return endpoints;
    }

    /// <summary>
    /// Published items in the asked language, filtered like the site's lists (type, days, year, format,
    /// topic, organisation, person) or searched (<c>q</c>, by relevance or date), sliced by
    /// <c>skip</c>/<c>take</c> with the total, or continued after a cursor for deep paging.
    /// </summary>
    public static async Task<Results<Ok<ApiList>, ValidationProblem>> ListAsync(
        HttpRequest request, IPublishedContent content, ISiteSearch search, ApiItemWriter writer, SiteCultures cultures)
    {
        if (ApiCulture.Of(request, cultures) is not { } culture)
        {
            return UnknownCulture(cultures);
        }

        var (asked, errors) = ApiListRequest.Parse(request.Query, culture);
        var shape = ApiShape.Parse(request.Query, errors);
        if (asked is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Some parameters are not valid.");
        }

        var ct = request.HttpContext.RequestAborted;
        var query = asked.Query;
        IReadOnlyList<PublishedItem> items;
        int total;
        ContentCursor? next = null;
        if (asked.Text is { } words)
        {
            var filter = query.Filter;
            var results = await search.SearchAsync(
                new SearchQuery
                {
                    Culture = culture, Text = words, Type = query.Type, Year = filter.Year, Topic = filter.Topic, Organisation = filter.Organisation,
                    Person = filter.Person, Format = filter.Format, From = filter.From, To = filter.To,
                    Sort = asked.ByRelevance ? SearchSort.Relevance : SearchSort.Newest, Page = (query.Skip / query.Take) + 1, PageSize = query.Take,
                    IncludeWithdrawn = filter.IncludeWithdrawn,
                },
                ct);
            var found = new List<PublishedItem>();
            foreach (var hit in results.Hits)
            {
                if (await content.FindAsync(hit.ItemId, ct) is { } item)
                {
                    found.Add(item);
                }
            }

            (items, total) = (found, results.TotalCount);
        }
        else
        {
            var slice = await content.QueryAsync(query, ct);
            (items, total, next) = (slice.Items, slice.Total, slice.Next);
        }

        var written = new List<ApiItem>(items.Count);
        foreach (var item in items)
        {
            if (await writer.WriteAsync(item, culture, shape, ct) is { } one)
            {
                written.Add(one);
            }
        }

        return TypedResults.Ok(new ApiList(total, query.Skip, query.Take, written, next?.ToToken()));
    }

    /// <summary>One published item in the asked language; its working copy with <c>Preview: true</c> and a preview key.</summary>
    public static async Task<Results<Ok<ApiItem>, ValidationProblem, ProblemHttpResult>> ItemAsync(
        Guid id, HttpRequest request, IPublishedContent content, IPreviewContent previews, ApiKeyService keys, ApiItemWriter writer, SiteCultures cultures)
    {
        if (ApiCulture.Of(request, cultures) is not { } culture)
        {
            return UnknownCulture(cultures);
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var shape = ApiShape.Parse(request.Query, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Some parameters are not valid.");
        }

        var (preview, refusal) = await ApiPreview.ReadAsync(request, keys);
        if (refusal is not null)
        {
            return refusal;
        }

        var ct = request.HttpContext.RequestAborted;
        var item = preview ? await previews.FindAsync(id, ct) : await content.FindAsync(id, ct);
        if (item is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such item", detail: $"No item {id} is {(preview ? "written" : "published")}.");
        }

        return await writer.WriteAsync(item, culture, shape, ct) is { } written
            ? TypedResults.Ok(written)
            : TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Not published in this language",
                detail: $"Item {id} is {(preview ? "written" : "published")} in {string.Join(", ", item.Variants.Select(v => v.Culture))}, not in {culture}.");
    }

    /// <summary>
    /// What a public path names, as GOV.UK's content API mirrors its pages: an item or page with its
    /// content, or a home, section or search route. An old address answers 301 to the route of its
    /// item's address now; a deleted item's answers 410. With <c>Preview: true</c> and a preview key, the
    /// path is looked up among working copies' addresses.
    /// </summary>
    public static async Task<IResult> RouteAsync(
        string? path, HttpContext http, SiteRouter router, PageResolver resolver, IPreviewContent previews, ApiKeyService keys, ApiItemWriter writer)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var shape = ApiShape.Parse(http.Request.Query, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Some parameters are not valid.");
        }

        var (preview, refusal) = await ApiPreview.ReadAsync(http.Request, keys);
        if (refusal is not null)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(path) || !path.StartsWith('/'))
        {
            return BadParameter("path", "Give the public path of a page, starting with its language: ?path=/en/meetings/{slug}.");
        }

        if (router.Parse(path) is not { } route)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such page", detail: $"{path} is no address of this site.");
        }

        var kind = ApiItemWriter.Camel(route.Kind.ToString());
        var section = route.Section is { } named ? ApiItemWriter.Camel(named.ToString()) : null;
        if (route.Kind is SiteRouteKind.Home or SiteRouteKind.Section or SiteRouteKind.Search)
        {
            return TypedResults.Ok(new ApiRoute(kind, route.Culture, router.PathOf(route), section, null));
        }

        if (preview)
        {
            return await previews.FindBySlugAsync(route.DocumentType!.Value, route.Culture, route.Slug!, http.RequestAborted) is { } draft
                && await writer.WriteAsync(draft, route.Culture, shape, http.RequestAborted) is { } written
                ? TypedResults.Ok(new ApiRoute(kind, route.Culture, written.Path, section, written))
                : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such page", detail: $"No working copy has the address {path}.");
        }

        // The item alone: the page around it (related items, breadcrumbs, media) is the site's, not the API's.
        var resolution = await resolver.ResolveItemAsync(route, http.RequestAborted);
        switch (resolution.Outcome)
        {
            case PageOutcome.Found when resolution.Item is { } found:
                var item = (await writer.WriteAsync(found, route.Culture, shape, http.RequestAborted))!;
                return TypedResults.Ok(new ApiRoute(kind, route.Culture, item.Path, section, item));
            case PageOutcome.Moved:
                http.Response.Headers.Location = RouteUrl(resolution.Location!);
                return Results.Json(new ApiRoute(kind, route.Culture, resolution.Location!, section, null), statusCode: StatusCodes.Status301MovedPermanently);
            case PageOutcome.Gone:
                return TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: "Gone", detail: $"The item at {path} was deleted.");
            default:
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such page", detail: $"Nothing is published at {path}.");
        }
    }

    /// <summary>Every topic, organisation or person, with its name in the asked language.</summary>
    public static async Task<Results<Ok<IReadOnlyList<ApiTerm>>, ValidationProblem>> TaxonomyAsync(
        string kind, HttpRequest request, IPublishedContent content, SiteCultures cultures)
    {
        if (!Enum.TryParse<TaxonomyKind>(kind, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(kind, out _))
        {
            return BadParameter("kind", $"Use one of: {string.Join(", ", Enum.GetNames<TaxonomyKind>().Select(ApiItemWriter.Camel))}.");
        }

        if (ApiCulture.Of(request, cultures) is not { } culture)
        {
            return UnknownCulture(cultures);
        }

        var terms = await content.TaxonomyOfKindAsync(parsed, request.HttpContext.RequestAborted);
        return TypedResults.Ok<IReadOnlyList<ApiTerm>>([.. terms.Select(t => new ApiTerm(t.Alias, t.Names.Get(culture, cultures.Default.Code)))]);
    }

    /// <summary>A library file that published content shows.</summary>
    public static async Task<Results<Ok<ApiMedia>, ProblemHttpResult>> MediaAsync(Guid id, HttpRequest request, IPublishedContent content, ApiMediaWriter writer)
    {
        var found = await content.MediaAsync([id], request.HttpContext.RequestAborted);
        return found.TryGetValue(id, out var media)
            ? TypedResults.Ok(writer.Write(media))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such file", detail: $"There is no media item {id}.");
    }

    /// <summary>
    /// The sync feed: what was created, updated, unpublished or deleted in the asked language after
    /// <c>since</c> (0 for everything), in journal order, up to <c>take</c> items a page. Each entry is
    /// the item as it is now, so a client that applies every page in order, from 0, holds what the
    /// site publishes; it keeps <c>next</c> and asks from there later.
    /// </summary>
    public static async Task<Results<Ok<ApiChanges>, ValidationProblem>> ChangesAsync(
        HttpRequest request, IPublishedChanges changes, ApiItemWriter writer, SiteCultures cultures)
    {
        if (ApiCulture.Of(request, cultures) is not { } culture)
        {
            return UnknownCulture(cultures);
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(request.Query[Since]))
        {
            errors[Since] = ["Give the 'next' of your last page, or 0 to start from the beginning."];
        }

        var since = ApiListRequest.ReadNumber(request.Query, Since, 0, long.MaxValue, 0, errors);
        var take = (int)ApiListRequest.ReadNumber(request.Query, ApiListRequest.Take, 1, MaxChangesTake, DefaultChangesTake, errors);
        var shape = ApiShape.Parse(request.Query, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Some parameters are not valid.");
        }

        var ct = request.HttpContext.RequestAborted;
        if (await changes.ReadAsync(since, culture, take, ct) is not { } page)
        {
            return BadParameter(Since, "This cursor is past the end of this site's journal: sync again from 0.");
        }

        var written = new List<ApiChange>(page.Changes.Count);
        foreach (var change in page.Changes)
        {
            var item = change.Item is { } live ? await writer.WriteAsync(live, culture, shape, ct) : null;
            written.Add(new ApiChange(change.Sequence, change.ItemId, ApiItemWriter.Camel(change.Kind.ToString()), item));
        }

        return TypedResults.Ok(new ApiChanges(written, page.Next, page.More));
    }

    /// <summary>The API address of a public path's route.</summary>
    public static string RouteUrl(string path) => $"{Prefix}/content/route?path={Uri.EscapeDataString(path)}";

    private static ValidationProblem BadParameter(string parameter, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [message] }, title: $"The parameter '{parameter}' is not valid.");

    private static ValidationProblem UnknownCulture(SiteCultures cultures) =>
        BadParameter(ApiCulture.Parameter, $"Use one of: {string.Join(", ", cultures.All.Select(c => c.Code))}.");
}
