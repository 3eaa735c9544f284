using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Identity;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Web.Backoffice;

/// <summary>Accounts, cookies and policies of the backoffice (ASP.NET Core Identity on the site's database).</summary>
public static class BackofficeHostingExtensions
{
    public static WebApplicationBuilder AddBackoffice(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(BackofficeOptions.SectionName);
        var options = section.Get<BackofficeOptions>() ?? new BackofficeOptions();
        var services = builder.Services;
        services.Configure<BackofficeOptions>(section);
        services.AddSingleton<BackofficeText>();
        services.AddScoped<BackofficeAccounts>();
        services.AddScoped<BackofficeSignIn>();
        services.AddSingleton<PreviewLinks>();
        services.AddSingleton<DiffDescribers>();
        services.AddHttpContextAccessor();
        services.AddSingleton<BackofficeLinks>();
        services.AddSingleton<OmbudsmanSite.Infrastructure.Mail.IBackofficeLinks>(provider => provider.GetRequiredService<BackofficeLinks>());

        // Identity's stores want a scoped context; every other reader keeps using the factory.
        services.AddScoped<SiteDbContext>(provider => provider.GetRequiredService<IDbContextFactory<SiteDbContext>>().CreateDbContext());

        // Keys in the database, so every web node reads the cookies and tokens the others wrote.
        services.AddDataProtection().SetApplicationName("OmbudsmanSite").PersistKeysToDbContext<SiteDbContext>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<BackofficeUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = options.MinimumPasswordLength;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequiredUniqueChars = 1;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = options.MaxFailedSignIns;
                identity.Lockout.DefaultLockoutTimeSpan = options.LockoutDuration;
                identity.SignIn.RequireConfirmedAccount = true; // "confirmed" means "not disabled": see DisabledAccountRule
                identity.Tokens.AuthenticatorTokenProvider = AuthenticatorTokenProvider.ProviderName;
                identity.Tokens.PasswordResetTokenProvider = SetPasswordTokenProvider.ProviderName;
            })
            .AddRoles<BackofficeRole>()
            .AddEntityFrameworkStores<SiteDbContext>()
            .AddSignInManager<BackofficeSignInManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<AuthenticatorTokenProvider>(AuthenticatorTokenProvider.ProviderName)
            .AddTokenProvider<SetPasswordTokenProvider>(SetPasswordTokenProvider.ProviderName)
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddPasswordValidator<PasswordStrengthValidator>()
            .AddClaimsPrincipalFactory<BackofficeClaimsFactory>();
        services.AddScoped<IUserConfirmation<BackofficeUser>, DisabledAccountRule>();
        services.Configure<DataProtectionTokenProviderOptions>(tokens => tokens.TokenLifespan = options.SetPasswordLinkLifetime);
        services.Configure<SecurityStampValidatorOptions>(stamp =>
        {
            stamp.ValidationInterval = options.SecurityStampInterval;
            stamp.OnRefreshingPrincipal = BackofficeSignInManager.KeepSessionAsync;
        });

        var development = builder.Environment.IsDevelopment();
        var cookieName = development ? options.DevelopmentCookieName : options.CookieName;
        services.ConfigureApplicationCookie(cookie =>
        {
            Harden(cookie, cookieName, development);
            cookie.ExpireTimeSpan = options.SessionDuration;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = BackofficeAddresses.SignIn;
            cookie.LogoutPath = BackofficeAddresses.SignOut;
            cookie.AccessDeniedPath = BackofficeAddresses.AccessDenied;
            cookie.Events.OnValidatePrincipal = BackofficeSignInManager.ValidatePrincipalAsync;
            cookie.Events.OnRedirectToLogin = context => Redirect(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                // An account that must still set up two-factor sign-in is sent to do that, not told "no".
                if (context.HttpContext.User.HasClaim(c => c.Type == BackofficeClaims.MustEnrolTwoFactor) && !BackofficeAddresses.IsApi(context.Request.Path))
                {
                    context.Response.Redirect(BackofficeAddresses.TwoFactor);
                    return Task.CompletedTask;
                }

                return Redirect(context, StatusCodes.Status403Forbidden);
            };
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, cookie => Harden(cookie, cookieName + "-2fa", development));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, cookie => Harden(cookie, cookieName + "-2fa-device", development));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme, cookie => Harden(cookie, cookieName + "-external", development));

        services.AddAuthorizationBuilder()
            .AddPolicy(BackofficePolicies.SignedIn, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(BackofficePolicies.Member, policy => policy.RequireAuthenticatedUser()
                .RequireAssertion(context => !context.User.HasClaim(c => c.Type == BackofficeClaims.MustEnrolTwoFactor)))
            .AddPolicy(BackofficePolicies.Administrator, policy => policy.RequireAuthenticatedUser().RequireRole(BackofficeRoles.Administrator)
                .RequireAssertion(context => !context.User.HasClaim(c => c.Type == BackofficeClaims.MustEnrolTwoFactor)));
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, BackofficeAuthenticationState>();
        return builder;
    }

    /// <summary>After routing: accounts, then the backoffice's answers (no caching, no indexing, no compression, the user's language) and the media forms' size limit.</summary>
    public static WebApplication UseBackoffice(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<BackofficeResponseMiddleware>();
        app.UseMiddleware<Uploads.MediaFormMiddleware>(); // before antiforgery, which reads the form
        return app;
    }

    public static WebApplication MapBackoffice(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup(BackofficeAddresses.Root).RequireAuthorization(BackofficePolicies.SignedIn)
            .WithMetadata(new Microsoft.AspNetCore.Antiforgery.RequireAntiforgeryTokenAttribute());
        group.MapPost("/sign-out", async ([Microsoft.AspNetCore.Mvc.FromForm] string? everywhere, HttpContext context, SignInManager<BackofficeUser> signIn, BackofficeSessionStore sessions, SecurityAudit audit) =>
        {
            var user = BackofficeClaims.ToActingUser(context.User)!;
            if (everywhere == "true" && await signIn.UserManager.GetUserAsync(context.User) is { } account)
            {
                await sessions.EndAllAsync(account.Id, SessionEndReason.SignedOutEverywhere); // every cookie and open editor of hers is refused from now on
                await signIn.UserManager.UpdateSecurityStampAsync(account);
                await audit.RecordAsync(user, AuditAction.SignOutEverywhere);
            }
            else
            {
                await audit.RecordAsync(user, AuditAction.SignOut);
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect(BackofficeAddresses.SignIn);
        });

        // The same operations the backoffice pages call, for scripts and for proving the rights on
        // the server: the services refuse, these only translate the result.
        var content = app.MapGroup(BackofficeAddresses.Api + "/content/{id:guid}").RequireAuthorization(BackofficePolicies.Member)
            .WithMetadata(new Microsoft.AspNetCore.Antiforgery.RequireAntiforgeryTokenAttribute());
        content.MapPost("/publish", (Guid id, IFormCollection form, HttpContext context, ContentPublishingService publishing, CancellationToken cancellationToken) =>
            RunAsync(context, user => publishing.PublishAsync(id, Cultures(form), user, form[FieldNames.ForceReason].FirstOrDefault(), cancellationToken: cancellationToken)));
        content.MapPost("/unpublish", (Guid id, IFormCollection form, HttpContext context, ContentPublishingService publishing, CancellationToken cancellationToken) =>
            RunAsync(context, user => publishing.UnpublishAsync(id, Cultures(form), user, cancellationToken)));
        content.MapPost("/delete", (Guid id, HttpContext context, ContentEditingService editing, CancellationToken cancellationToken) =>
            RunAsync(context, user => editing.DeleteAsync(id, user, cancellationToken)));

        // The audit page's entries as CSV, filtered by the same address.
        app.MapGet(BackofficeAddresses.AuditExport, async (HttpContext context, ContentQueries queries, SiteClock clock, IOptions<BackofficeOptions> options, CancellationToken cancellationToken) =>
        {
            var invalid = new List<(string Field, string MessageKey)>();
            var query = AuditFilters.Of(context.Request.Query).ToQuery(clock, 1, 1, invalid);
            if (invalid.Count > 0)
            {
                return Results.Problem($"These filters cannot be read: {string.Join(", ", invalid.Select(i => i.Field))}.", statusCode: StatusCodes.Status400BadRequest);
            }

            await AuditExport.WriteAsync(context.Response, queries.AuditEntriesAsync(query, options.Value.AuditExportMaxRows, cancellationToken), clock, cancellationToken);
            return Results.Empty;
        }).RequireAuthorization(BackofficePolicies.Administrator);
        return app;
    }

    private static void Harden(CookieAuthenticationOptions cookie, string name, bool development)
    {
        cookie.Cookie.Name = name;
        cookie.Cookie.Path = "/"; // required by the __Host- prefix
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
    }

    private static async Task<IResult> RunAsync(HttpContext context, Func<ActingUser, Task<EditorialResult>> operation) =>
        BackofficeClaims.ToActingUser(context.User) is { } user ? EditorialHttpResults.From(await operation(user)) : Results.Unauthorized();

    /// <summary>Pages are sent to the sign-in (or access-denied) page; API calls get the status code instead.</summary>
    private static Task Redirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        if (BackofficeAddresses.IsApi(context.Request.Path))
        {
            context.Response.StatusCode = apiStatus;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    private static string[] Cultures(IFormCollection form) => [.. form["culture"].OfType<string>()];
}
