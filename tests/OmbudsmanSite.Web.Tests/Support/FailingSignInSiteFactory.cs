using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Infrastructure.Identity;

namespace OmbudsmanSite.Web.Tests.Support;

/// <summary>A site whose sign-in fails on the server (a broken account check), to see what a failed POST answers.</summary>
public sealed class FailingSignInSiteFactory : SiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddScoped<IUserConfirmation<BackofficeUser>, Broken>());
    }

    private sealed class Broken : IUserConfirmation<BackofficeUser>
    {
        public Task<bool> IsConfirmedAsync(UserManager<BackofficeUser> manager, BackofficeUser user) => throw new InvalidOperationException("The account check broke.");
    }
}
