using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Checks;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Checks;

/// <summary>
/// Keeps the findings of every item's working copy for the site-wide report, so a page of it is a
/// query, not a check of the whole site. An item is checked again once its working copy moves past
/// the version last checked (by a save on any node), and every item after the nightly
/// <see cref="MarkAllStaleAsync"/> (links and linked items change without a save).
/// </summary>
public sealed class CheckReportStore(IDbContextFactory<SiteDbContext> contexts, CheckedTexts texts, SiteContentChecks checks, SiteCultures cultures, SiteClock clock)
{
    /// <summary>Checks up to <paramref name="max"/> items whose stored findings are older than their working copy, and drops those of items gone. Returns how many it checked.</summary>
    public async Task<int> RefreshAsync(int max, CancellationToken cancellationToken = default)
    {
        await texts.ForgetGoneAsync(cancellationToken);
        var stale = await texts.UncheckedAsync(max, cancellationToken);
        if (stale.Count == 0)
        {
            return 0;
        }

        var reports = await checks.CheckAsync(stale, cancellationToken);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.ItemChecks.Where(c => stale.Contains(c.DocumentId)).ExecuteDeleteAsync(cancellationToken);
            db.ItemChecks.AddRange(reports.Select(Stored));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another round stored the same items meanwhile (one node runs the rounds; a command or a
                // test may call this too): what it stored is as fresh, and anything older is seen next round.
                return 0;
            }
        }

        return reports.Count;
    }

    /// <summary>Asks for every item to be checked again (the nightly round).</summary>
    public async Task<int> MarkAllStaleAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ItemChecks.ExecuteUpdateAsync(set => set.SetProperty(c => c.Version, -1), cancellationToken);
    }

    public async Task<(EditorPage<CheckReportItem> Page, CheckReportTotals Totals)> ReportAsync(CheckReportQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, 200);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var findings = db.ItemCheckFindings.AsNoTracking();
        if (query.Check is { } check)
        {
            findings = findings.Where(f => f.Check == check);
        }

        if (query.Culture is { Length: > 0 } culture)
        {
            findings = findings.Where(f => f.Culture == culture);
        }

        if (query.Severity is { } severity)
        {
            findings = findings.Where(f => f.Severity == severity);
        }

        var items = db.ItemChecks.AsNoTracking().Where(c => findings.Any(f => f.DocumentId == c.DocumentId));
        if (query.Type is { } type)
        {
            items = items.Where(c => c.Type == type);
        }

        if (query.EditedBy is { Length: > 0 } editedBy)
        {
            items = items.Where(c => c.EditedBy == editedBy);
        }

        // Most errors first, then most warnings: what to mend first tops the list.
        var rows = await items.OrderByDescending(c => c.Errors).ThenByDescending(c => c.Warnings).ThenBy(c => c.DocumentId)
            .Skip((page - 1) * size).Take(size + 1).ToListAsync(cancellationToken);
        var shown = rows.Take(size).Select(r => r.DocumentId).ToList();
        var found = (await findings.Where(f => shown.Contains(f.DocumentId)).OrderBy(f => f.Id).ToListAsync(cancellationToken)).ToLookup(f => f.DocumentId);
        var list = rows.Take(size)
            .Select(r => new CheckReportItem(r.DocumentId, r.Type, r.Title, r.TitleCulture, r.EditedBy, r.CheckedUtc, [.. found[r.DocumentId].Select(f => f.ToFinding())]))
            .ToList();

        var matching = findings.Where(f => items.Any(c => c.DocumentId == f.DocumentId));
        var totals = new CheckReportTotals(
            await items.CountAsync(cancellationToken),
            await matching.CountAsync(f => f.Severity == CheckSeverity.Error, cancellationToken),
            await matching.CountAsync(f => f.Severity == CheckSeverity.Warning, cancellationToken),
            await texts.CountUncheckedAsync(cancellationToken));
        return (new EditorPage<CheckReportItem>(list, page, size, rows.Count > size), totals);
    }

    /// <summary>Who last edited the items with findings, for the report's filter.</summary>
    public async Task<IReadOnlyList<string>> EditorsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ItemChecks.AsNoTracking().Where(c => c.Errors + c.Warnings > 0).Select(c => c.EditedBy).Distinct().OrderBy(n => n).ToListAsync(cancellationToken);
    }

    private StoredItemCheck Stored(ItemCheckReport report)
    {
        var (title, titleCulture) = cultures.All.Select(c => c.Code).Where(report.Titles.ContainsKey).Select(c => (report.Titles[c], c)).FirstOrDefault();
        var findings = report.Languages.SelectMany(l => l.Findings).ToList();
        return new StoredItemCheck
        {
            DocumentId = report.Id,
            Version = report.Version,
            CheckedUtc = clock.UtcNow,
            Type = report.Type,
            Title = (title ?? "").Length > StoredItemCheck.MaxTitleLength ? title![..StoredItemCheck.MaxTitleLength] : title ?? "",
            TitleCulture = titleCulture ?? "",
            EditedBy = report.LastEditedBy,
            Errors = findings.Count(f => f.Severity == CheckSeverity.Error),
            Warnings = findings.Count(f => f.Severity == CheckSeverity.Warning),
            Findings = [.. findings.Select(f => new StoredCheckFinding
            {
                DocumentId = report.Id,
                Culture = f.Culture,
                Check = f.Check,
                Severity = f.Severity,
                Field = f.Field,
                Element = f.Element,
                Values = [.. f.Values],
            })],
        };
    }
}
