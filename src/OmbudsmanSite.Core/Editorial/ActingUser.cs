namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// Who performs an editorial operation. Every write names one, so versions and the audit trail say
/// who did what; imports and jobs act as named system users (<see cref="SystemUsers"/>).
/// </summary>
public sealed record ActingUser(string Id, string Name)
{
    public const string SystemPrefix = "system:";

    public static ActingUser System(string key, string name) => new(SystemPrefix + key, name);
}
