using System.Text;

namespace OmbudsmanSite.Infrastructure.Search.Analysis;

/// <summary>
/// Folds lowercased Azerbaijani to the letters people type without an Azerbaijani keyboard:
/// ı→i, ş→s, ç→c, ğ→g, ö→o, ü→u, and ə to either e or a (both are common: "Eliyeva", "Aliyeva").
/// </summary>
public static class AzerbaijaniFolding
{
    public static string Fold(string lowercase, char schwa)
    {
        ArgumentNullException.ThrowIfNull(lowercase);
        var builder = new StringBuilder(lowercase.Length);
        foreach (var c in lowercase)
        {
            builder.Append(c switch
            {
                'ə' => schwa,
                'ı' => 'i',
                'ş' => 's',
                'ç' => 'c',
                'ğ' => 'g',
                'ö' => 'o',
                'ü' => 'u',
                _ => c,
            });
        }

        return builder.ToString();
    }
}
