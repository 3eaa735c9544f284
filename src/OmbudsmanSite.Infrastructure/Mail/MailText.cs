using System.Globalization;
using System.Resources;

namespace OmbudsmanSite.Infrastructure.Mail;

/// <summary>The messages' words (Mail/MailText*.resx), in a recipient's language.</summary>
public static class MailText
{
    private static readonly ResourceManager Resources = new("OmbudsmanSite.Infrastructure.Mail.MailText", typeof(MailText).Assembly);

    public static string Get(string key, string culture) =>
        Resources.GetString(key, CultureInfo.GetCultureInfo(culture)) ?? throw new KeyNotFoundException($"No mail string '{key}' in Mail/MailText.resx.");

    public static string Format(string key, string culture, params object[] args) =>
        string.Format(CultureInfo.GetCultureInfo(culture), Get(key, culture), args);

    /// <summary>Culture codes as the recipient reads them: "Azerbaijani, Russian".</summary>
    public static string Languages(IEnumerable<string> cultures, string culture) =>
        string.Join(", ", cultures.Select(c => Get($"Language_{c}", culture)));
}
