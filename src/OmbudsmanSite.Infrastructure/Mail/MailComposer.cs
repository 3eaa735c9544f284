using System.Net;
using System.Text;

namespace OmbudsmanSite.Infrastructure.Mail;

/// <summary>
/// Writes a message in its recipient's language, as plain text and as simple HTML (paragraphs and
/// one link, every value encoded): a greeting, the paragraphs, the link, and a footer that says why
/// it came.
/// </summary>
public static class MailComposer
{
    public static ComposedMail Compose(MailKind kind, MailRecipient to, IReadOnlyList<string> paragraphs, string? actionUrl, string footer, params object[] subjectArgs)
    {
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(paragraphs);
        var culture = to.Culture;
        var subject = MailText.Format($"{kind}_Subject", culture, subjectArgs);
        var greeting = MailText.Format("Greeting", culture, to.Name);
        var action = actionUrl is null ? null : MailText.Get($"{kind}_Action", culture);

        var text = new StringBuilder().Append(greeting).Append("\n\n");
        foreach (var paragraph in paragraphs)
        {
            text.Append(paragraph).Append("\n\n");
        }

        if (action is not null)
        {
            text.Append(action).Append(":\n").Append(actionUrl).Append("\n\n");
        }

        text.Append("-- \n").Append(footer).Append('\n');

        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"").Append(WebUtility.HtmlEncode(culture)).Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(subject)).Append("</title></head><body>")
            .Append("<p>").Append(WebUtility.HtmlEncode(greeting)).Append("</p>");
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
        }

        if (action is not null)
        {
            html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(actionUrl)).Append("\">").Append(WebUtility.HtmlEncode(action)).Append("</a></p>")
                .Append("<p>").Append(WebUtility.HtmlEncode(actionUrl)).Append("</p>");
        }

        html.Append("<hr><p><small>").Append(WebUtility.HtmlEncode(footer)).Append("</small></p></body></html>");
        return new ComposedMail(subject, text.ToString(), html.ToString());
    }
}
