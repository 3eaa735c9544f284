using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Localization;

/// <summary>The path segment of each section in one language.</summary>
public sealed class SectionSegments
{
    public string News { get; set; } = "";

    public string Meetings { get; set; } = "";

    public string Reports { get; set; } = "";

    public string SegmentFor(Section section) => section switch
    {
        Section.News => News,
        Section.Meetings => Meetings,
        Section.Reports => Reports,
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, "Pages have no section segment."),
    };

    public Section? SectionFor(string segment)
    {
        foreach (var section in Sections.Listed)
        {
            if (string.Equals(SegmentFor(section), segment, StringComparison.OrdinalIgnoreCase))
            {
                return section;
            }
        }

        return null;
    }
}
