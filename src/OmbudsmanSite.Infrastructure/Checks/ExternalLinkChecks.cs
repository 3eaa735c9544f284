using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Checks;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Checks;

/// <summary>
/// Keeps the table of external addresses named in published content, and checks those due (never
/// checked, or last checked longer ago than <see cref="LinkCheckOptions.ResultLifetime"/>). A node
/// claims a host's due links in one statement that no other node's live claim on the host lets pass,
/// then asks them one after another: each host gets one request at a time across all nodes.
/// </summary>
public sealed class ExternalLinkChecks(
    IDbContextFactory<SiteDbContext> contexts,
    CheckedTexts texts,
    LinkProbe probe,
    SiteClock clock,
    IOptions<LinkCheckOptions> options,
    IOptions<EditorialOptions> editorial,
    ILogger<ExternalLinkChecks> logger)
{
    private const int BatchSize = 200;

    /// <summary>
    /// Notes the external addresses in the published texts of <paramref name="items"/> (of every item
    /// when null, in batches) as linked now. Returns how many addresses the texts named.
    /// </summary>
    public async Task<int> CollectAsync(IReadOnlyCollection<Guid>? items, CancellationToken cancellationToken = default)
    {
        var named = 0;
        Guid? after = null;
        while (true)
        {
            var (published, last) = await texts.PublishedTextsAsync(items, after, BatchSize, cancellationToken);
            if (last is null)
            {
                return named;
            }

            var urls = published.SelectMany(t => ExternalLinkResults.In(BodyReader.Elements(t.Text.BodyHtml))).Distinct(StringComparer.Ordinal).ToList();
            named += urls.Count;
            await NoteLinkedAsync(urls, cancellationToken);
            after = last;
        }
    }

    /// <summary>Checks the links due, a claimed host at a time per task; returns how many were checked.</summary>
    public async Task<int> CheckDueAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var now = clock.UtcNow;
        List<string> hosts;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            hosts = await Due(db, now)
                .Where(l => l.ClaimedUntilUtc == null || l.ClaimedUntilUtc < now)
                .Select(l => l.Host).Distinct().OrderBy(h => h).Take(100).ToListAsync(cancellationToken);
        }

        var checkedCount = 0;
        await Parallel.ForEachAsync(hosts, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.ParallelHosts), CancellationToken = cancellationToken }, async (host, token) =>
            Interlocked.Add(ref checkedCount, await CheckHostAsync(host, token)));
        return checkedCount;
    }

    /// <summary>Forgets addresses no published text has named for <see cref="LinkCheckOptions.ForgetAfter"/>.</summary>
    public async Task<int> ForgetAsync(CancellationToken cancellationToken = default)
    {
        var before = clock.UtcNow - options.Value.ForgetAfter;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ExternalLinks.Where(l => l.LastLinkedUtc < before).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Links still named in published text whose result is missing or older than <see cref="LinkCheckOptions.ResultLifetime"/>.</summary>
    private IQueryable<ExternalLink> Due(SiteDbContext db, DateTime now)
    {
        var stale = now - options.Value.ResultLifetime;
        var forgotten = now - options.Value.ForgetAfter;
        return db.ExternalLinks.AsNoTracking().Where(l => (l.CheckedUtc == null || l.CheckedUtc < stale) && l.LastLinkedUtc >= forgotten);
    }

    private async Task<int> CheckHostAsync(string host, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var node = editorial.Value.Node;
        var now = clock.UtcNow;
        var lease = now + (settings.Timeout * (settings.LinksPerClaim + 1));
        List<string> mine;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var due = await Due(db, now).Where(l => l.Host == host)
                .OrderBy(l => l.CheckedUtc).Take(settings.LinksPerClaim).Select(l => l.Url).ToListAsync(cancellationToken);

            // One statement: it passes only while no other node holds a live claim on the host.
            await db.ExternalLinks
                .Where(l => due.Contains(l.Url) && !db.ExternalLinks.Any(o => o.Host == host && o.ClaimedUntilUtc > now && o.ClaimedBy != node))
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.ClaimedBy, node).SetProperty(l => l.ClaimedUntilUtc, lease), cancellationToken);
            mine = await db.ExternalLinks.AsNoTracking().Where(l => l.Host == host && l.ClaimedBy == node && l.ClaimedUntilUtc == lease)
                .Select(l => l.Url).ToListAsync(cancellationToken);
        }

        foreach (var url in mine)
        {
            var result = await probe.ProbeAsync(new Uri(url), cancellationToken);
            var outcome = LinkRules.Judge(result, settings);
            if (outcome != LinkOutcome.Ok)
            {
                logger.LogInformation("External link {Url}: {Outcome} (status {Status}, {Redirects} redirects, {Elapsed} ms)",
                    url, outcome, result.StatusCode, result.Redirects, (int)result.Elapsed.TotalMilliseconds);
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.ExternalLinks.Where(l => l.Url == url).ExecuteUpdateAsync(set => set
                .SetProperty(l => l.Outcome, outcome)
                .SetProperty(l => l.StatusCode, result.StatusCode)
                .SetProperty(l => l.Redirects, result.Redirects)
                .SetProperty(l => l.ElapsedMilliseconds, (int)Math.Min(int.MaxValue, result.Elapsed.TotalMilliseconds))
                .SetProperty(l => l.CheckedUtc, clock.UtcNow)
                .SetProperty(l => l.ClaimedBy, (string?)null)
                .SetProperty(l => l.ClaimedUntilUtc, (DateTime?)null), cancellationToken);
        }

        return mine.Count;
    }

    private async Task NoteLinkedAsync(List<string> urls, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        foreach (var chunk in urls.Chunk(BatchSize))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.ExternalLinks.Where(l => chunk.Contains(l.Url)).ExecuteUpdateAsync(set => set.SetProperty(l => l.LastLinkedUtc, now), cancellationToken);
            var known = await db.ExternalLinks.AsNoTracking().Where(l => chunk.Contains(l.Url)).Select(l => l.Url).ToListAsync(cancellationToken);
            foreach (var url in chunk.Except(known, StringComparer.Ordinal))
            {
                db.ExternalLinks.Add(new ExternalLink { Url = url, Host = new Uri(url).IdnHost.ToLowerInvariant(), LastLinkedUtc = now });
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another node noted some of them first; its rows serve as well as ours. The rest one by one.
                db.ChangeTracker.Clear();
                foreach (var url in chunk.Except(known, StringComparer.Ordinal))
                {
                    await NoteOneAsync(url, now, cancellationToken);
                }
            }
        }
    }

    private async Task NoteOneAsync(string url, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.ExternalLinks.AnyAsync(l => l.Url == url, cancellationToken))
        {
            return;
        }

        db.ExternalLinks.Add(new ExternalLink { Url = url, Host = new Uri(url).IdnHost.ToLowerInvariant(), LastLinkedUtc = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Noted by another node between the two statements.
        }
    }
}
