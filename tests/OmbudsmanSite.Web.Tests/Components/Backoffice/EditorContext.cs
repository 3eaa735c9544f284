using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Identity;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Web.Backoffice;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Components.Backoffice;

/// <summary>
/// A bUnit context whose editor components run on the site's real services (its database, the
/// editorial core), signed in as a user with the given roles. Autosave ticks are left to the tests.
/// </summary>
public abstract class EditorContext : BunitContext
{
    protected EditorContext(SiteFactory site)
    {
        ArgumentNullException.ThrowIfNull(site);
        Site = site;
        JSInterop.Mode = JSRuntimeMode.Loose;
        foreach (var type in new[]
        {
            typeof(ContentQueries), typeof(ContentEditingService), typeof(AutosaveStore), typeof(ReferenceDataCache), typeof(SiteCultures),
            typeof(SiteClock), typeof(BackofficeText), typeof(TaxonomyService), typeof(MediaQueries), typeof(ImageUrlSigner),
            typeof(ContentPublishingService), typeof(ContentWithdrawalService), typeof(PreviewLinks), typeof(ContentReviewService), typeof(PresenceService), typeof(OmbudsmanSite.Web.Routing.SiteUrls), typeof(DiffDescribers),
            typeof(WorkspaceSearch), typeof(OmbudsmanSite.Infrastructure.Checks.ContentChecker),
            typeof(IOptions<OmbudsmanSite.Core.Checks.ContentCheckOptions>), typeof(IOptions<OmbudsmanSite.Core.Checks.ReadabilityOptions>),
        })
        {
            Services.AddSingleton(type, site.Services.GetRequiredService(type));
        }

        Services.AddSingleton(Options.Create(new BackofficeOptions { AutosaveInterval = TimeSpan.FromHours(1) }));
    }

    protected SiteFactory Site { get; }

    /// <summary>The signed-in state the components see; a test may end the session with it.</summary>
    protected Bunit.TestDoubles.BunitAuthorizationContext? Authorization { get; private set; }

    protected ActingUser SignIn(string id, string name, string[] roles, params string[] translatorCultures)
    {
        var authorization = Authorization ??= AddAuthorization();
        authorization.SetAuthorized(name);
        authorization.SetRoles(roles);
        authorization.SetClaims([new Claim(ClaimTypes.NameIdentifier, id), new Claim(BackofficeClaims.DisplayName, name),
            .. translatorCultures.Select(c => new Claim(BackofficeClaims.TranslatorCulture, c))]);
        return new ActingUser(id, name) { Rights = EditorialRights.ForRoles(roles, translatorCultures) };
    }

    /// <summary>A new meeting with an Azerbaijani title (and the other cultures given).</summary>
    protected async Task<Guid> NewMeetingAsync(params (string Culture, string Title)[] titles)
    {
        var cultures = titles.Length == 0 ? [("az", "Yeni görüş")] : titles;
        var result = await Site.Services.GetRequiredService<ContentEditingService>().CreateAsync(new CreateContentRequest
        {
            Type = DocumentType.Meeting,
            Values = new ContentValues
            {
                Meeting = new MeetingValues(),
                Cultures = cultures.ToDictionary(c => c.Culture, c => new CultureValues { Title = c.Title }, StringComparer.OrdinalIgnoreCase),
            },
        }, SiteFactory.Editor);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
        return result.DocumentId!.Value;
    }
}
