using Microsoft.AspNetCore.Hosting;

namespace OmbudsmanSite.Web.Tests.Support;

/// <summary>The site sending its mail to a real SMTP server the tests start (aiosmtpd), retrying quickly when it is down.</summary>
public sealed class MailSiteFactory : SiteFactory, IAsyncLifetime
{
    public SmtpTestServer Smtp { get; private set; } = null!;

    public async Task InitializeAsync() => Smtp = await SmtpTestServer.StartAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Site:Email:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Site:Email:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Site:Email:Smtp:UseTls", "false");
        builder.UseSetting("Site:Email:From", "Ombudsman backoffice <backoffice@ombudsman.test>");
        builder.UseSetting("Site:Email:FirstRetry", "00:00:01");
        builder.UseSetting("Site:Email:LongestRetry", "00:00:02");
        builder.UseSetting("Site:Email:PollInterval", "00:00:01");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await DisposeAsync();
    }
}
