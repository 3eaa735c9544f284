using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Infrastructure;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Infrastructure.Sync;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Web.Api;
using OmbudsmanSite.Web.Backoffice;
using OmbudsmanSite.Web.Backoffice.Forms;
using OmbudsmanSite.Web.Caching;
using OmbudsmanSite.Web.Components;
using OmbudsmanSite.Web.Discovery;
using OmbudsmanSite.Web.Monitoring;
using OmbudsmanSite.Web.Localization;
using OmbudsmanSite.Web.Media;
using OmbudsmanSite.Web.Routing;
using OmbudsmanSite.Web.Search;
using OmbudsmanSite.Web.Security;
using Microsoft.AspNetCore.HttpsPolicy;
using Serilog;

namespace OmbudsmanSite.Web.Hosting;

/// <summary>The startup of the site, in the order it happens.</summary>
public static class SiteHostingExtensions
{
    /// <summary>The error page's address (Components/Site/ErrorPage).</summary>
    private const string ErrorPath = "/error";

    public static WebApplicationBuilder AddOmbudsmanSite(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var site = builder.Configuration.GetSection(SiteOptions.SectionName).Get<SiteOptions>() ?? new SiteOptions();
        builder.Configuration.AddUSyncLanguages(site.ResolveUSyncPath());

        builder.Services.AddOptions<SiteOptions>()
            .Bind(builder.Configuration.GetSection(SiteOptions.SectionName))
            .PostConfigure(options => options.DataPath = Path.GetFullPath(options.DataPath, builder.Environment.ContentRootPath))
            .Validate(options => options.Cultures.Count > 0, "No languages: add files to uSync/Languages.")
            .ValidateOnStart();
        builder.Services.Configure<FileLogOptions>(builder.Configuration.GetSection(FileLogOptions.SectionName));
        var nativeMemory = builder.Configuration.GetSection(NativeMemoryOptions.SectionName);
        builder.Services.Configure<NativeMemoryOptions>(nativeMemory);
        NativeMemory.LimitArenas((nativeMemory.Get<NativeMemoryOptions>() ?? new NativeMemoryOptions()).MallocArenaMax);
        builder.Services.AddHostedService<NativeMemoryTrimmer>();
        builder.Services.Configure<SecurityHeadersOptions>(builder.Configuration.GetSection(SecurityHeadersOptions.SectionName));
        builder.Services.AddSiteForwardedHeaders(builder.Configuration);
        builder.Services.AddSiteHealth(builder.Configuration);
        builder.Services.AddSiteMetrics(builder.Configuration);
        builder.Services.AddOptions<HstsOptions>().Configure<IOptions<SecurityHeadersOptions>>((hsts, headers) => hsts.MaxAge = headers.Value.HstsMaxAge);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration).Enrich.FromLogContext();
            var file = services.GetRequiredService<IOptions<FileLogOptions>>().Value;
            if (file.Enabled)
            {
                logger.WriteTo.File(
                    Path.Combine(services.GetRequiredService<IOptions<SiteOptions>>().Value.ResolveDataPath(), "logs", "site-.log"),
                    rollingInterval: file.RollingInterval,
                    retainedFileCountLimit: file.RetainedFileCountLimit,
                    fileSizeLimitBytes: file.FileSizeLimitBytes,
                    rollOnFileSizeLimit: true);
            }
        });

        builder.Services.AddOmbudsmanCore();
        builder.Services.AddOmbudsmanInfrastructure(builder.Configuration);
        builder.Services.AddSiteCaching(builder.Configuration);
        builder.Services.AddSiteRateLimiting(builder.Configuration);
        builder.Services.AddSingleton<SiteText>();
        builder.Services.AddSingleton<SiteUrls>();
        builder.Services.AddSingleton<InternalLinkRenderer>();
        builder.Services.AddScoped<Routing.Pages.PageResolver>();
        builder.Services.Configure<SitemapOptions>(builder.Configuration.GetSection(SitemapOptions.SectionName));
        builder.Services.AddContentApi(builder.Configuration);
        builder.Services.AddApiDocumentation();
        builder.Services.AddSingleton<DateFormatter>();
        builder.Services.AddSingleton<FeedContext>();
        builder.Services.AddSingleton<MediaServices>();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents(); // the backoffice editor; public pages stay static
        builder.AddBackoffice();

        // The renderer's default encoder escapes every non-ASCII letter (ə → &#x259;): correct, but
        // it bloats az and ru pages and makes their source unreadable. UTF-8 output needs no escaping.
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        return builder;
    }

    /// <summary>Creates or migrates the database and imports the uSync folder: on one node at a time (<see cref="StartupLock"/>).</summary>
    public static async Task InitializeOmbudsmanSiteAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var startup = await app.Services.GetRequiredService<StartupLock>().AcquireAsync();
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        app.Services.GetRequiredService<ContentVersion>().Initialize(await app.Services.GetRequiredService<IPublishedContent>().LastChangeUtcAsync());
        if (app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.ImportUSyncOnStart)
        {
            await app.Services.GetRequiredService<USyncImporter>().ImportAsync();
        }
    }

    public static WebApplication UseOmbudsmanSite(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment() &&
            !PublicHost.IsConfigured(app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.PublicBaseUrl, app.Configuration[PublicHost.AllowedHostsKey]))
        {
            // Only serving needs it: the commands (import-legacy, add-media…) write no links.
            throw new InvalidOperationException(PublicHost.Problem);
        }

        app.UseForwardedHeaders(); // First: everything after sees the client's address, scheme and host as the proxy gave them.
        app.UseMiddleware<SecurityHeadersMiddleware>(); // Then, so errors and every other answer carry them too.
        app.UseSiteMetrics(); // After both: only the client the proxy names may read them.
        app.UseMiddleware<HeadRequestMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(ErrorPath, createScopeForErrors: true);

            // The error page is a page to read: whatever the failed request's method, it is rendered as a GET
            // (a re-executed POST would otherwise meet the page's own form and method rules, and answer an empty 405).
            app.Use((context, next) =>
            {
                if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null)
                {
                    context.Request.Method = HttpMethods.Get;
                    context.SetEndpoint(null); // matched again, as a GET, by the routing below
                    context.Request.RouteValues.Clear();
                }

                return next(context);
            });
            app.UseHsts();
        }

        app.UseSerilogRequestLogging();

        app.UseRouting();
        app.UseCors();
        app.UseMiddleware<RequestCultureMiddleware>();
        app.UseRateLimiter(); // Before the cache: cached answers count too, so a client cannot flood past it.
        app.UseSiteCaching();
        app.UseBackoffice();
        app.UseAntiforgery();
        app.UseMiddleware<FormProblemMiddleware>(); // after the token check, which it answers with a page
        app.UseMiddleware<ApiReferencePolicyMiddleware>();
        app.MapStaticAssets();
        app.MapSiteHealth();
        app.MapLanguageNegotiation();
        app.MapDiscovery();
        app.MapSearch();
        app.MapContentApi();
        app.MapApiDocumentation();
        app.MapMedia();
        app.MapBackoffice();
        // The public pages have no forms that post (search and filters are GET): every other method is a 405.
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode(circuits => circuits.ContentSecurityFrameAncestorsPolicy = null) // the site's own policy says frame-ancestors 'none'
            .AsPublicPagesExcept(BackofficeAddresses.IsBackofficeRoute);
        return app;
    }
}
