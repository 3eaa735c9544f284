using System.Globalization;
using System.Resources;
using OmbudsmanSite.Core.Checks;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;

namespace OmbudsmanSite.Web.Backoffice;

/// <summary>The backoffice's own strings (Resources/BackofficeText*.resx), in the user's interface language.</summary>
public sealed class BackofficeText
{
    private static readonly ResourceManager Resources = new("OmbudsmanSite.Web.Resources.BackofficeText", typeof(BackofficeText).Assembly);

    public string this[string key] =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new KeyNotFoundException($"No backoffice string '{key}' in Resources/BackofficeText.resx.");

    public string Format(string key, params object[] args) => string.Format(CultureInfo.CurrentCulture, this[key], args);

    /// <summary>A message from the editorial core: worded here from its key where it has one, else its own words.</summary>
    public string Message(FieldError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Key is { } key ? Format(key, [.. error.Values]) : error.Message;
    }

    /// <summary>What a content check found, in the user's words.</summary>
    public string Finding(CheckFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return Format($"Check_{finding.Check}", [.. finding.Values]);
    }

    /// <summary>A due time as schedules show it: in Baku time with the zone named, never the browser's (Umbraco #17830).</summary>
    public string Due(SiteClock clock, DateTime utc)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return $"{clock.ToLocalText(utc)} {this["BakuTime"]}";
    }

    /// <summary>Culture codes as the user reads them: "Azerbaijani, Russian".</summary>
    public string Languages(IEnumerable<string> cultures) => string.Join(", ", cultures.Select(c => this[$"Language_{c}"]));

    /// <summary>Role names as the user reads them: "Redaktor, Müəllif". A role the site does not know is shown as it is.</summary>
    public string Roles(IEnumerable<string> roles) =>
        string.Join(", ", roles.Select(r => BackofficeRoles.IsKnown(r) ? this[$"RoleName_{r}"] : r));
}
