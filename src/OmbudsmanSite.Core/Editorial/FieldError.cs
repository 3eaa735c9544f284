namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// A message for one form field. <see cref="Field"/> is a path the backoffice maps to its inputs:
/// an invariant field ("date", "meeting.format") or a culture's ("az.title", "ru.body").
/// </summary>
public sealed record FieldError(string Field, string Message);
