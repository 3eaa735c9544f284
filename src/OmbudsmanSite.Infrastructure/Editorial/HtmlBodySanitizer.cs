using AngleSharp.Dom;
using Ganss.Xss;
using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// The allow-list every body passes on write (HtmlSanitizer): what the templates style, links to
/// http, https, mailto or relative addresses, and images only from the media library. Elements
/// outside the list are unwrapped (their text stays), except those whose content is code or
/// embedded documents, which go entirely. Reports what it removed, so the editor is told.
/// Beyond the templates' list, <c>span</c> and the <c>lang</c> attribute stay: a phrase in another
/// language must say so for screen readers (WCAG 3.1.2, language of parts).
/// </summary>
public sealed class HtmlBodySanitizer
{
    /// <summary>Media library URLs, the only image sources allowed.</summary>
    public const string MediaPathPrefix = "/media/";

    private static readonly string[] AllowedTags =
        ["p", "h2", "h3", "h4", "ul", "ol", "li", "a", "strong", "em", "blockquote", "table", "caption", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "img", "span"];

    // Elements whose children are not text a reader should keep.
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "noembed", "noframes", "svg", "math", "textarea", "select", "button", "form", "input", "link", "meta", "base", "title", "head", "xmp", "plaintext", "video", "audio",
    };

    private readonly HtmlSanitizerOptions _options = CreateOptions();

    /// <summary>Cleans <paramref name="html"/>; <paramref name="removed"/> lists what went, in words.</summary>
    public string Sanitize(string html, out IReadOnlyList<string> removed)
    {
        ArgumentNullException.ThrowIfNull(html);
        var found = new List<string>();
        var sanitizer = Create(_options, found);
        var clean = sanitizer.Sanitize(html).Trim();
        removed = [.. found.Distinct(StringComparer.Ordinal)];
        return clean;
    }

    private static HtmlSanitizerOptions CreateOptions() =>
        new()
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "src", "alt", "scope", "lang"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto", InternalLink.Scheme], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(StringComparer.Ordinal),
            AllowCssCustomProperties = false,
            AllowDataAttributes = false,
        };

    // A sanitiser per call: its events collect what this body lost.
    private static HtmlSanitizer Create(HtmlSanitizerOptions options, List<string> removed)
    {
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        sanitizer.RemovingTag += (_, e) =>
        {
            removed.Add($"<{e.Tag.LocalName}>");
            if (DroppedWithContent.Contains(e.Tag.LocalName))
            {
                // Emptied first, so KeepChildNodes keeps nothing of a script or an embedded document.
                while (e.Tag.FirstChild is { } child)
                {
                    e.Tag.RemoveChild(child);
                }
            }
        };
        sanitizer.RemovingAttribute += (_, e) => removed.Add($"{e.Attribute.Name} on <{e.Tag.LocalName}>");
        sanitizer.RemovingComment += (_, _) => removed.Add("a comment");
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.Tag.LocalName == "img" && e.SanitizedUrl is { } url && !url.StartsWith(MediaPathPrefix, StringComparison.Ordinal))
            {
                e.SanitizedUrl = null;
            }

            // An internal link is an item's id and nothing else (InternalLink.HrefOf).
            if (e.SanitizedUrl is { } href && href.StartsWith(InternalLink.Scheme + ":", StringComparison.OrdinalIgnoreCase))
            {
                e.SanitizedUrl = e.Tag.LocalName == "a" && InternalLink.IdOf(href) is { } id ? InternalLink.HrefOf(id) : null;
            }
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            // An image left without a media-library source shows nothing: remove it whole.
            if (e.Node is IElement { LocalName: "img" } image && string.IsNullOrEmpty(image.GetAttribute("src")))
            {
                removed.Add("an image that is not from the media library");
                image.Remove();
            }
            else if (e.Node is IElement { LocalName: "th" } header && header.GetAttribute("scope") is { } scope && scope is not ("col" or "row" or "colgroup" or "rowgroup"))
            {
                removed.Add("scope on <th>");
                header.RemoveAttribute("scope");
            }
        };
        return sanitizer;
    }
}
