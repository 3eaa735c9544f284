using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Web.Caching;

public static class CachingExtensions
{
    public const string PublicPagesPolicy = "PublicPages";
    public const string LanguageVariantPolicy = "LanguageVariant";

    public static IServiceCollection AddSiteCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(CachingOptions.SectionName).Get<CachingOptions>() ?? new CachingOptions();
        services.Configure<CachingOptions>(configuration.GetSection(CachingOptions.SectionName));
        services.AddSingleton<ContentVersion>();
        services.AddSingleton<IContentChangeListener>(provider => provider.GetRequiredService<ContentVersion>());
        services.AddSingleton<OmbudsmanSite.Infrastructure.Search.ISearchIndexChangeListener>(provider => provider.GetRequiredService<ContentVersion>());
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = options.OutputCacheSizeLimitBytes;
            cache.MaximumBodySize = options.OutputCacheMaxBodyBytes;
            cache.AddPolicy(PublicPagesPolicy, policy =>
            {
                if (!options.OutputCacheEnabled)
                {
                    policy.NoCache();
                    return;
                }

                // Compression runs inside the cache, so each encoding is cached once, compressed once.
                policy.With(c => !PrivateRequest.Is(c.HttpContext.Request))
                    .Expire(options.OutputCacheDuration)
                    .SetVaryByQuery("*")
                    .SetVaryByHeader(Microsoft.Net.Http.Headers.HeaderNames.AcceptEncoding)
                    .Tag(ContentVersion.CacheTag)
                    .AddPolicy<ContentVersionTagging>()
                    .AddPolicy<OutputCacheLookupCounting>();
            });
            cache.AddPolicy(LanguageVariantPolicy, policy =>
            {
                if (!options.OutputCacheEnabled)
                {
                    policy.NoCache();
                    return;
                }

                policy.With(c => !PrivateRequest.Is(c.HttpContext.Request))
                    .Expire(options.OutputCacheDuration)
                    .SetVaryByQuery("*")
                    .SetVaryByHeader(Microsoft.Net.Http.Headers.HeaderNames.AcceptEncoding, Microsoft.Net.Http.Headers.HeaderNames.AcceptLanguage)
                    .Tag(ContentVersion.CacheTag)
                    .AddPolicy<ContentVersionTagging>()
                    .AddPolicy<OutputCacheLookupCounting>();
            });
        });
        // The store as AddOutputCache made it, inside one that drops answers rendered in an old version.
        var store = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(store);
        services.AddSingleton<IOutputCacheStore>(provider => new VersionCheckedOutputCacheStore(
            store.ImplementationInstance as IOutputCacheStore
                ?? store.ImplementationFactory?.Invoke(provider) as IOutputCacheStore
                ?? (IOutputCacheStore)ActivatorUtilities.CreateInstance(provider, store.ImplementationType!),
            () => provider.GetRequiredService<ContentVersion>().Current));
        services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true; // Pages carry no secrets, so BREACH does not apply.
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = ["text/html", "text/plain", "application/xml", "application/atom+xml", "application/json"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>Validators, then the output cache, then compression (innermost, so its output is what gets cached).</summary>
    public static IApplicationBuilder UseSiteCaching(this IApplicationBuilder app)
    {
        app.UseMiddleware<ConditionalGetMiddleware>();
        app.UseOutputCache();
        app.UseResponseCompression();
        return app;
    }

    /// <summary>Public, cacheable, validated: the page depends on its URL and the content version only.</summary>
    public static TBuilder AsPublicPage<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(PublicPageMetadata.Instance).CacheOutput(PublicPagesPolicy);

    /// <summary>Public, cacheable and validated like a page, but per language too (the API's answers).</summary>
    public static TBuilder AsLanguageVariant<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(PublicPageMetadata.Instance, LanguageVariantMetadata.Instance).CacheOutput(LanguageVariantPolicy);

    /// <summary>
    /// The Razor component pages: public ones are cached, validated and answer GET only; the ones
    /// whose route <paramref name="isPrivateRoute"/> picks (the backoffice) are none of these and take form posts.
    /// </summary>
    public static RazorComponentsEndpointConventionBuilder AsPublicPagesExcept(this RazorComponentsEndpointConventionBuilder builder, Func<string, bool> isPrivateRoute)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(isPrivateRoute);
        builder.Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } route } && isPrivateRoute(route))
            {
                return;
            }

            // A public page declares that it uses no interactive render mode, so Blazor persists no
            // component state into it: with the backoffice's server mode configured for the app, every
            // public page would otherwise end with a unique, encrypted comment that neither the output
            // cache nor an ETag could share. Blazor's metadata type is internal, hence reflection;
            // CachingTests fail if it stops working.
            for (var i = 0; i < endpoint.Metadata.Count; i++)
            {
                if (endpoint.Metadata[i].GetType() is { Name: "ConfiguredRenderModesMetadata" } configured)
                {
                    endpoint.Metadata[i] = Activator.CreateInstance(configured, [Array.Empty<Microsoft.AspNetCore.Components.IComponentRenderMode>()])!;
                }
            }

            endpoint.Metadata.Add(PublicPageMetadata.Instance);
            endpoint.Metadata.Add(new OutputCacheAttribute { PolicyName = PublicPagesPolicy });
            endpoint.Metadata.Add(new Microsoft.AspNetCore.Routing.HttpMethodMetadata([HttpMethods.Get]));
        });
        return builder;
    }
}
