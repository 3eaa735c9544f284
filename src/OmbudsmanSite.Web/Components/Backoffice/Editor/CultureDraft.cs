using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Web.Components.Backoffice.Editor;

/// <summary>One culture's text as the form edits it. A culture with nothing typed is not written.</summary>
public sealed class CultureDraft
{
    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public string BodyHtml { get; set; } = "";

    public string SeoDescription { get; set; } = "";

    /// <summary>The address typed: for a culture with none yet, or a new one for an existing address (which then changes on its own, after the save).</summary>
    public string Slug { get; set; } = "";

    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Summary) && string.IsNullOrWhiteSpace(BodyHtml) && string.IsNullOrWhiteSpace(SeoDescription);

    public static CultureDraft From(CultureValues? values) => values is null ? new() : new()
    {
        Title = values.Title,
        Summary = values.Summary ?? "",
        BodyHtml = values.BodyHtml,
        SeoDescription = values.SeoDescription ?? "",
    };

    public CultureValues? ToValues() => IsBlank ? null : new()
    {
        Title = Title.Trim(),
        Summary = Blank(Summary),
        BodyHtml = BodyHtml,
        SeoDescription = Blank(SeoDescription),
    };

    /// <summary>The text of a field, by its <see cref="FieldNames"/> name.</summary>
    public string Get(string field) => field switch
    {
        FieldNames.Title => Title,
        FieldNames.Summary => Summary,
        FieldNames.Body => BodyHtml,
        FieldNames.SeoDescription => SeoDescription,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    public void Set(string field, string text)
    {
        switch (field)
        {
            case FieldNames.Title: Title = text; break;
            case FieldNames.Summary: Summary = text; break;
            case FieldNames.Body: BodyHtml = text; break;
            case FieldNames.SeoDescription: SeoDescription = text; break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, null);
        }
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
