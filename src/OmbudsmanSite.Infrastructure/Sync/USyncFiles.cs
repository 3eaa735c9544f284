namespace OmbudsmanSite.Infrastructure.Sync;

// The shapes of the uSync YAML files. Unknown keys are an error (YamlDotNet's default), so a typo
// in a property name is reported with its line instead of being silently dropped.

internal sealed class DocumentTypeFile
{
    public string Alias { get; set; } = "";

    public Dictionary<string, string> Names { get; set; } = [];

    public Dictionary<string, string> Descriptions { get; set; } = [];

    /// <summary>Type-specific property blocks an item may carry: "meeting", "report".</summary>
    public List<string> Blocks { get; set; } = [];
}

internal sealed class TaxonomyFile
{
    public string Alias { get; set; } = "";

    public Dictionary<string, string> Names { get; set; } = [];
}

internal sealed class ContentFile
{
    public Guid Key { get; set; }

    public string Type { get; set; } = "";

    /// <summary>ISO 8601 with offset: "2024-07-11T15:25:00+04:00".</summary>
    public string? Date { get; set; }

    public string? LegacyId { get; set; }

    public int? LegacyViewCount { get; set; }

    /// <summary>The key of the item's lead image in uSync/Media.</summary>
    public Guid? Image { get; set; }

    public MeetingBlock? Meeting { get; set; }

    public ReportBlock? Report { get; set; }

    public List<string> Topics { get; set; } = [];

    public List<string> Organisations { get; set; } = [];

    public Dictionary<string, VariantBlock> Variants { get; set; } = [];

    /// <summary>Set when the item is withdrawn: its date and public explanation per language.</summary>
    public WithdrawalBlock? Withdrawn { get; set; }
}

internal sealed class WithdrawalBlock
{
    /// <summary>ISO 8601 with offset, as <see cref="ContentFile.Date"/>.</summary>
    public string Date { get; set; } = "";

    public Dictionary<string, string> Explanation { get; set; } = [];
}

internal sealed class MeetingBlock
{
    public string Format { get; set; } = "";

    public Dictionary<string, string> Location { get; set; } = [];

    public List<ParticipantBlock> Participants { get; set; } = [];
}

internal sealed class ParticipantBlock
{
    public string Person { get; set; } = "";

    public string? Organisation { get; set; }

    public Dictionary<string, string> Role { get; set; } = [];
}

internal sealed class ReportBlock
{
    public int Year { get; set; }

    public string Kind { get; set; } = "";

    /// <summary>Per language, the key of the report's PDF in uSync/Media.</summary>
    public Dictionary<string, Guid> Files { get; set; } = [];
}

internal sealed class MediaFile
{
    public Guid Key { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Folder path in the library: "Reports/2024".</summary>
    public string? Folder { get; set; }

    /// <summary>The file, relative to this YAML file's folder.</summary>
    public string File { get; set; } = "";

    public Dictionary<string, string> Alt { get; set; } = [];

    public Dictionary<string, string> Caption { get; set; } = [];
}

internal sealed class VariantBlock
{
    public bool Published { get; set; }

    public string Title { get; set; } = "";

    public string? Slug { get; set; }

    public string? Summary { get; set; }

    public string? SeoDescription { get; set; }

    public string Body { get; set; } = "";

    /// <summary>What readers of this language were told changed, oldest first (a published variant's significant publishes).</summary>
    public List<ChangeBlock> Changes { get; set; } = [];
}

internal sealed class ChangeBlock
{
    /// <summary>ISO 8601 with offset, as <see cref="ContentFile.Date"/>.</summary>
    public string Date { get; set; } = "";

    public string Note { get; set; } = "";
}
