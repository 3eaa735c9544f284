namespace OmbudsmanSite.Core.Checks;

public enum CheckSeverity
{
    /// <summary>Readers will miss something (an image without alt text, a link to a deleted item); may block publishing.</summary>
    Error,

    /// <summary>Likely to hinder some readers; worth a look.</summary>
    Warning,
}
