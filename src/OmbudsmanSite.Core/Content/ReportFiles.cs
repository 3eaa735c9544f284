using System.Globalization;

namespace OmbudsmanSite.Core.Content;

/// <summary>A report's files per culture, stored as media library ids in text: read once here for the stored, editorial and published shapes alike.</summary>
public static class ReportFiles
{
    /// <summary>The media item holding the report in <paramref name="culture"/>, if it has one.</summary>
    public static Guid? Id(LocalizedText files, string culture)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Guid.TryParse(files[culture], CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    /// <summary>Every culture's media id; a value that is no id is left out.</summary>
    public static IEnumerable<(string Culture, Guid MediaId)> Ids(LocalizedText files)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var culture in files.Values.Keys)
        {
            if (Id(files, culture) is { } id)
            {
                yield return (culture, id);
            }
        }
    }
}
