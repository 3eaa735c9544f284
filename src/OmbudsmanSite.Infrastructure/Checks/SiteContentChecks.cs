using System.Runtime.CompilerServices;
using OmbudsmanSite.Core.Checks;
using OmbudsmanSite.Infrastructure.Editorial;

namespace OmbudsmanSite.Infrastructure.Checks;

/// <summary>
/// The checks over items' working copies (what is live, and the drafts over it), items in the
/// recycle bin left out: what <c>check-content</c> lists and the site-wide report keeps. Items are
/// read in batches, so a site of any size is walked in steady memory.
/// </summary>
public sealed class SiteContentChecks(CheckedTexts texts, ContentChecker checker)
{
    /// <summary>Items read at a time (tests walk several batches of a few).</summary>
    internal int BatchSize { get; init; } = 200;

    public async IAsyncEnumerable<ItemCheckReport> CheckAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Guid? after = null;
        while (true)
        {
            var batch = await texts.WorkingCopiesAsync(null, after, BatchSize, cancellationToken);
            if (batch.Count == 0)
            {
                yield break;
            }

            foreach (var copy in batch)
            {
                yield return await CheckAsync(copy, cancellationToken);
            }

            after = batch[^1].Id;
        }
    }

    /// <summary>The checks of the working copies of <paramref name="ids"/> (those in the recycle bin or gone are left out).</summary>
    public async Task<IReadOnlyList<ItemCheckReport>> CheckAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var reports = new List<ItemCheckReport>(ids.Count);
        foreach (var copy in await texts.WorkingCopiesAsync(ids, null, ids.Count, cancellationToken))
        {
            reports.Add(await CheckAsync(copy, cancellationToken));
        }

        return reports;
    }

    private async Task<ItemCheckReport> CheckAsync(WorkingCopy copy, CancellationToken cancellationToken)
    {
        var languages = await checker.CheckAsync(copy.Type, copy.Values, cancellationToken);
        return new ItemCheckReport(copy.Id, copy.Type, copy.EditedBy, copy.Values.Cultures.ToDictionary(c => c.Key, c => c.Value.Title, StringComparer.OrdinalIgnoreCase), languages)
        {
            Version = copy.Version,
        };
    }
}
