using System.Globalization;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;

namespace OmbudsmanSite.Core.Localization;

/// <summary>The configured languages, validated once: exactly one default, unique codes.</summary>
public sealed class SiteCultures
{
    private readonly Dictionary<string, CultureDefinition> _byCode;
    private readonly Dictionary<string, CultureInfo> _cultureInfos;

    public SiteCultures(IOptions<SiteOptions> options)
        : this(options.Value.Cultures.Values)
    {
    }

    public SiteCultures(IEnumerable<CultureDefinition> cultures)
    {
        ArgumentNullException.ThrowIfNull(cultures);
        All = [.. cultures.OrderBy(c => c.Order).ThenBy(c => c.Code, StringComparer.Ordinal)];
        if (All.Count == 0)
        {
            throw new InvalidOperationException("No languages are configured (Site:Cultures, fed by uSync/Languages).");
        }

        var defaults = All.Where(c => c.IsDefault).ToList();
        if (defaults.Count != 1)
        {
            throw new InvalidOperationException($"Exactly one language must be the default; found {defaults.Count}.");
        }

        Default = defaults[0];
        _byCode = All.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        _cultureInfos = All.ToDictionary(c => c.Code, c => CultureInfo.GetCultureInfo(c.CultureName), StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<CultureDefinition> All { get; }

    public CultureDefinition Default { get; }

    public bool TryGet(string? code, out CultureDefinition culture)
    {
        if (code is not null && _byCode.TryGetValue(code, out var found))
        {
            culture = found;
            return true;
        }

        culture = Default;
        return false;
    }

    public bool IsKnown(string? code) => code is not null && _byCode.ContainsKey(code);

    public CultureInfo CultureInfoFor(string code) => _cultureInfos[code];

    /// <summary>
    /// Picks the best language for an Accept-Language list (already sorted by quality):
    /// the first tag whose language matches one of ours, else the default.
    /// </summary>
    public CultureDefinition Negotiate(IEnumerable<string> languageTagsByPreference)
    {
        ArgumentNullException.ThrowIfNull(languageTagsByPreference);
        foreach (var tag in languageTagsByPreference)
        {
            var language = tag.Split('-', 2)[0];
            if (_byCode.TryGetValue(language, out var match))
            {
                return match;
            }

            var byCultureName = All.FirstOrDefault(c => c.CultureName.Equals(tag, StringComparison.OrdinalIgnoreCase));
            if (byCultureName is not null)
            {
                return byCultureName;
            }
        }

        return Default;
    }
}
