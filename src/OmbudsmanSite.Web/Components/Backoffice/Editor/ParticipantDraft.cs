using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Web.Components.Backoffice.Editor;

/// <summary>A participant row: the person, the organisation they came for, and their role per culture.</summary>
public sealed class ParticipantDraft
{
    public required Guid PersonId { get; init; }

    public Guid? OrganisationId { get; set; }

    public Dictionary<string, string> Role { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public static ParticipantDraft From(ParticipantValues values) => new()
    {
        PersonId = values.PersonId,
        OrganisationId = values.OrganisationId,
        Role = new(values.Role.Values, StringComparer.OrdinalIgnoreCase),
    };

    public ParticipantValues ToValues() => new() { PersonId = PersonId, OrganisationId = OrganisationId, Role = new LocalizedText(Role) };
}
