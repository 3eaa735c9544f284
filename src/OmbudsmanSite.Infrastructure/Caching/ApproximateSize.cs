namespace OmbudsmanSite.Infrastructure.Caching;

/// <summary>
/// The memory estimates the in-memory caches bound themselves by: a string at two bytes a character
/// plus its header, a fixed cost per object. Exact to within a small factor, which is all a byte
/// budget needs.
/// </summary>
internal static class ApproximateSize
{
    public const long ObjectOverhead = 64;

    public static long Of(string? text) => text is null ? 0 : 24 + (2L * text.Length);
}
