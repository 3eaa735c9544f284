using Microsoft.Extensions.Options;
using MimeKit;
using OmbudsmanSite.Core.Configuration;

namespace OmbudsmanSite.Infrastructure.Mail;

/// <summary>With no SMTP host set: each message becomes an .eml file in <c>{DataPath}/mail/</c>, which any mail program opens.</summary>
public sealed class PickupFolderMailTransport(IOptions<MailOptions> options, IOptions<SiteOptions> site) : IMailTransport
{
    public string Folder => Path.Combine(site.Value.ResolveDataPath(), options.Value.PickupFolder);

    public string Describe() => Folder;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Directory.CreateDirectory(Folder);
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml";
        var temporary = Path.Combine(Folder, name + ".tmp");
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, Path.Combine(Folder, name)); // a reader never sees half a message
    }
}
