namespace OmbudsmanSite.Infrastructure.Mail;

/// <summary>A message in its recipient's language, as plain text and HTML.</summary>
public sealed record ComposedMail(string Subject, string Text, string Html);
