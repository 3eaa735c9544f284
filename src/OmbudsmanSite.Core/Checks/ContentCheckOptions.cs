using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Checks;

/// <summary>The "ContentChecks" section: the limits and word lists of the writing checks.</summary>
public sealed class ContentCheckOptions
{
    public const string SectionName = "ContentChecks";

    /// <summary>Link texts that say nothing of where they lead, by culture code (compared without case and end punctuation).</summary>
    public Dictionary<string, List<string>> VagueLinkTexts { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public int MaxAltLength { get; set; } = 150;

    /// <summary>Search engines cut titles near 60–70 characters.</summary>
    public int MaxTitleLength { get; set; } = 70;

    /// <summary>Document types whose pages need a description of their own for search engines (the others use the summary).</summary>
    public List<DocumentType> SeoDescriptionRequired { get; set; } = [];

    /// <summary>
    /// Per document type, whether errors block publishing: a person then publishes (or schedules) an
    /// item with errors in the languages going live only by force, with a reason the audit trail keeps.
    /// A type not named is not blocked; the shipped appsettings.json names every type.
    /// </summary>
    public Dictionary<DocumentType, bool> ErrorsBlockPublishing { get; } = [];

    public bool BlocksPublishing(DocumentType type) => ErrorsBlockPublishing.TryGetValue(type, out var blocks) && blocks;

    /// <summary>A paragraph in capitals is flagged from this many letters on (an acronym or a short label is not).</summary>
    public int MinCapitalsLetters { get; set; } = 20;

    /// <summary>
    /// The local hour (Baku time) of the nightly rounds, each run once across all nodes: the link sweep
    /// reads every published text for links, and the report checks every item again.
    /// </summary>
    public int NightlyHour { get; set; } = 3;

    /// <summary>How often the site-wide report checks the items saved since it last looked.</summary>
    public TimeSpan ReportRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the editor waits after the last keystroke before checking again.</summary>
    public TimeSpan EditorDelay { get; set; } = TimeSpan.FromMilliseconds(600);
}
