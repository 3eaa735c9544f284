using OmbudsmanSite.Web.Hosting;

// Static assets come from the repository's top-level wwwroot/, which the build copies next to the
// binaries (bin/ or the publish folder): the same place whichever way the site is started.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
});
SiteCommands.SendLogToStandardError(builder.Configuration, args);
builder.AddOmbudsmanSite();

var app = builder.Build();
if (await SiteCommands.TryRunAsync(app, args) is { } exitCode)
{
    return exitCode;
}

app.UseOmbudsmanSite(); // First: it refuses to serve before anything is migrated when the public host is not configured.
await app.InitializeOmbudsmanSiteAsync();
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
