using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Core.Slugs;
using OmbudsmanSite.Core.Taxonomy;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Topics, organisations and people created from the editor's pickers: checked, given a stable
/// alias, audited, and announced in the journal so every node's reference data reloads.
/// </summary>
public sealed class TaxonomyService(EditorialWriter writer, ReferenceDataCache referenceData, SiteCultures cultures)
{
    public const int MaxNameLength = 200;

    /// <summary>Creates a <paramref name="kind"/> named <paramref name="names"/>; the result's <see cref="EditorialResult.DocumentId"/> is the new item's id.</summary>
    public async Task<EditorialResult> CreateAsync(TaxonomyKind kind, LocalizedText names, ActingUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(names);
        var errors = Validate(kind, names);
        if (errors.Count > 0)
        {
            return EditorialResult.Invalid(null, errors);
        }

        var result = await writer.RunAsync(user, EditorialRight.EditInvariant, async session =>
        {
            var name = names.Get(cultures.Default.Code, cultures.Default.Code);
            var existing = await session.Db.TaxonomyItems.Where(t => t.Kind == kind).ToListAsync(cancellationToken);
            if (existing.FirstOrDefault(t => SameName(t.Names, names)) is { } same)
            {
                return EditorialResult.Invalid(same.Id, FieldNames.Taxonomy, $"“{name}” exists already: pick it from the list.");
            }

            var stem = SlugGenerator.Generate(name);
            var alias = stem;
            for (var n = 2; existing.Any(t => t.Alias == alias); n++)
            {
                alias = $"{stem}-{n}";
            }

            var item = new TaxonomyItem { Id = Guid.NewGuid(), Kind = kind, Alias = alias, Names = names };
            session.Db.TaxonomyItems.Add(item);
            session.Audit(AuditAction.TaxonomyCreated, null, names.Values.Keys, null, $"{kind} {alias}");
            session.Journal(null, [], ContentChangeKind.Draft);
            return EditorialResult.Success(item.Id);
        }, cancellationToken);
        if (result.Status == OperationStatus.Success)
        {
            referenceData.Invalidate();
        }

        return result;
    }

    /// <summary>
    /// Creates the <paramref name="kind"/> with <paramref name="alias"/> or renames it, as a uSync file
    /// says: its alias is the file's, not one made from its name. A rename is journalled as a public change
    /// (pages and the index show the names), so every node reloads its reference data.
    /// </summary>
    public async Task<EditorialResult> SaveImportedAsync(TaxonomyKind kind, string alias, LocalizedText names, ActingUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(names);
        var errors = Validate(kind, names);
        if (string.IsNullOrWhiteSpace(alias))
        {
            errors.Add(new FieldError(FieldNames.Taxonomy, "An alias is required."));
        }

        if (errors.Count > 0)
        {
            return EditorialResult.Invalid(null, errors);
        }

        var result = await writer.RunAsync(user, EditorialRight.EditInvariant, async session =>
        {
            var item = await session.Db.TaxonomyItems.FirstOrDefaultAsync(t => t.Kind == kind && t.Alias == alias, cancellationToken);
            if (item is null)
            {
                item = new TaxonomyItem { Id = Guid.NewGuid(), Kind = kind, Alias = alias, Names = names };
                session.Db.TaxonomyItems.Add(item);
                session.Audit(AuditAction.TaxonomyCreated, null, names.Values.Keys, null, $"{kind} {alias}");
                session.Journal(null, [], ContentChangeKind.Draft); // nothing public names it yet
            }
            else if (!item.Names.Equals(names))
            {
                item.Names = names;
                session.Audit(AuditAction.TaxonomyChanged, null, names.Values.Keys, null, $"{kind} {alias}");
                session.Journal(null, [], ContentChangeKind.Published);
            }

            return EditorialResult.Success(item.Id);
        }, cancellationToken);
        if (result.Status == OperationStatus.Success)
        {
            referenceData.Invalidate();
        }

        return result;
    }

    // Compared in the new name's own language, so "SƏBİNƏ" is "Səbinə" (the Azerbaijani dotted capital İ).
    private bool SameName(LocalizedText existing, LocalizedText names) =>
        names.Values.Any(wanted => existing.Values.Values.Any(name =>
            cultures.CultureInfoFor(wanted.Key).CompareInfo.Compare(name, wanted.Value, System.Globalization.CompareOptions.IgnoreCase) == 0));

    private List<FieldError> Validate(TaxonomyKind kind, LocalizedText names)
    {
        var errors = new List<FieldError>();
        if (!Enum.IsDefined(kind))
        {
            errors.Add(new FieldError(FieldNames.Taxonomy, "Choose a topic, an organisation or a person."));
        }

        if (names.IsEmpty)
        {
            errors.Add(new FieldError(FieldNames.Taxonomy, "Give a name in at least one language."));
        }

        foreach (var (culture, name) in names.Values)
        {
            if (!cultures.IsKnown(culture))
            {
                errors.Add(new FieldError(FieldNames.Taxonomy, $"'{culture}' is not a configured language."));
            }
            else if (name.Length > MaxNameLength)
            {
                errors.Add(new FieldError(FieldNames.ForCulture(culture, FieldNames.Taxonomy), $"The name is longer than {MaxNameLength} characters."));
            }
        }

        return errors;
    }
}
