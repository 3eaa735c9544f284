using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;

namespace OmbudsmanSite.Web.Media;

/// <summary>The files folder (Site:FilesPath), created on first use, shared by the file endpoint and the inspector.</summary>
public sealed class SiteFiles : IDisposable
{
    private readonly PhysicalFileProvider _provider;

    public SiteFiles(IOptions<SiteOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = options.Value.ResolveFilesPath();
        Directory.CreateDirectory(folder);
        _provider = new PhysicalFileProvider(folder);
    }

    public IFileProvider Provider => _provider;

    public void Dispose() => _provider.Dispose();
}
