namespace OmbudsmanSite.Infrastructure.Sync;

/// <summary>The folders of the uSync tree, in the order they are imported (what is referenced comes first).</summary>
public static class USyncFolders
{
    public const string Languages = "Languages";
    public const string DocumentTypes = "DocumentTypes";
    public const string Topics = "Topics";
    public const string Organisations = "Organisations";
    public const string People = "People";
    public const string Media = "Media";
    public const string Content = "Content";

    public const string FilePattern = "*.yaml";
}
