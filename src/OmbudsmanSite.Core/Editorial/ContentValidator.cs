using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Slugs;

namespace OmbudsmanSite.Core.Editorial;

/// <summary>The rules a version's values must meet, as field errors a form can show.</summary>
public static class ContentValidator
{
    public const int MaxTitleLength = 500;
    public const int MaxSummaryLength = 2000;
    public const int MaxSeoDescriptionLength = 500;
    public const int MaxSlugLength = 100;

    public static IReadOnlyList<FieldError> Validate(DocumentType type, ContentValues values, SiteCultures cultures)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(cultures);
        var errors = new List<FieldError>();
        if (values.Cultures.Count == 0)
        {
            errors.Add(new FieldError(FieldNames.Title, "Give the item a title in at least one language."));
        }

        foreach (var (culture, text) in values.Cultures)
        {
            if (!cultures.IsKnown(culture))
            {
                errors.Add(new FieldError(FieldNames.Culture, $"'{culture}' is not a configured language."));
                continue;
            }

            if (string.IsNullOrWhiteSpace(text.Title))
            {
                errors.Add(new FieldError(FieldNames.ForCulture(culture, FieldNames.Title), "The title cannot be empty."));
            }
            else if (text.Title.Trim().Length > MaxTitleLength)
            {
                errors.Add(new FieldError(FieldNames.ForCulture(culture, FieldNames.Title), $"The title is longer than {MaxTitleLength} characters."));
            }

            if (text.Summary?.Length > MaxSummaryLength)
            {
                errors.Add(new FieldError(FieldNames.ForCulture(culture, FieldNames.Summary), $"The summary is longer than {MaxSummaryLength} characters."));
            }

            if (text.SeoDescription?.Length > MaxSeoDescriptionLength)
            {
                errors.Add(new FieldError(FieldNames.ForCulture(culture, FieldNames.SeoDescription), $"The search description is longer than {MaxSeoDescriptionLength} characters."));
            }
        }

        if (values.Meeting is not null && type != DocumentType.Meeting)
        {
            errors.Add(new FieldError(FieldNames.MeetingFormat, "Only meetings have a format, a place and participants."));
        }

        if (values.Meeting is { } meeting && meeting.Participants.GroupBy(p => p.PersonId).Any(g => g.Count() > 1))
        {
            errors.Add(new FieldError(FieldNames.Participants, "A person is listed twice."));
        }

        if (values.Report is not null && type != DocumentType.Report)
        {
            errors.Add(new FieldError(FieldNames.ReportYear, "Only reports have a year, a kind and files."));
        }

        if (values.Report is { } report && (report.Year < 1990 || report.Year > 2200))
        {
            errors.Add(new FieldError(FieldNames.ReportYear, $"{report.Year} is not a plausible report year."));
        }

        foreach (var culture in values.Report?.Files.Values.Keys ?? [])
        {
            if (!cultures.IsKnown(culture))
            {
                errors.Add(new FieldError(FieldNames.ReportFiles, $"'{culture}' is not a configured language."));
            }
        }

        return errors;
    }

    public static FieldError? ValidateSlug(string culture, string slug)
    {
        var field = FieldNames.ForCulture(culture, FieldNames.Slug);
        if (!SlugGenerator.IsValid(slug))
        {
            return new FieldError(field, $"'{slug}' is not a valid address: use a-z, 0-9 and single hyphens.");
        }

        return slug.Length > MaxSlugLength ? new FieldError(field, $"The address is longer than {MaxSlugLength} characters.") : null;
    }
}
