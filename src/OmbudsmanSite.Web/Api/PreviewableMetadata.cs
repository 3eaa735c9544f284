namespace OmbudsmanSite.Web.Api;

/// <summary>Marks an endpoint that answers working copies to <c>Preview: true</c> with a key (<see cref="ApiPreview"/>), for its documentation.</summary>
public sealed class PreviewableMetadata
{
    public static PreviewableMetadata Instance { get; } = new();
}
