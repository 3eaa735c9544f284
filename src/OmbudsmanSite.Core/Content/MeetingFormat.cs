namespace OmbudsmanSite.Core.Content;

public enum MeetingFormat
{
    InPerson,
    Online,
    Videoconference,
}

/// <summary>The aliases that name meeting formats in files and URLs (?format=online).</summary>
public static class MeetingFormats
{
    public static IReadOnlyList<MeetingFormat> All { get; } = Enum.GetValues<MeetingFormat>();

    public static string ToAlias(MeetingFormat format) => format switch
    {
        MeetingFormat.InPerson => "inPerson",
        MeetingFormat.Online => "online",
        MeetingFormat.Videoconference => "videoconference",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static bool TryParse(string? alias, out MeetingFormat format)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(ToAlias(candidate), alias, StringComparison.OrdinalIgnoreCase))
            {
                format = candidate;
                return true;
            }
        }

        format = default;
        return false;
    }
}
