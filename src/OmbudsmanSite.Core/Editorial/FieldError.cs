namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// A message for one form field. <see cref="Field"/> is a path the backoffice maps to its inputs:
/// an invariant field ("date", "meeting.format") or a culture's ("az.title", "ru.body").
/// <see cref="Message"/> is the English wording (logs, the command line, the API); where
/// <see cref="Key"/> is set, the backoffice words the message itself from the key and its
/// <see cref="Values"/>, in the user's language.
/// </summary>
public sealed record FieldError(string Field, string Message)
{
    public string? Key { get; init; }

    public IReadOnlyList<string> Values { get; init; } = [];
}
