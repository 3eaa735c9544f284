using OmbudsmanSite.Core.Security;

namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// Who performs an editorial operation. Every write names one, so versions and the audit trail say
/// who did what; imports and jobs act as named system users (<see cref="SystemUsers"/>), which may do
/// everything. A signed-in user carries the rights of her roles.
/// </summary>
public sealed record ActingUser(string Id, string Name)
{
    public const string SystemPrefix = "system:";

    public EditorialRights Rights { get; init; } = EditorialRights.Everything;

    public static ActingUser System(string key, string name) => new(SystemPrefix + key, name);
}
