namespace OmbudsmanSite.Core.Media;

/// <summary>A folder of the media library; folders nest.</summary>
public sealed class MediaFolder
{
    public Guid Id { get; set; }

    public Guid? ParentId { get; set; }

    public string Name { get; set; } = "";
}
