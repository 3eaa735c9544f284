using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Runs one action over several items, item by item, through the same services a single action uses
/// (rights, review gates, audit and journal included): one item's refusal never stops the rest, and
/// each item answers for itself. Each item gets only the chosen languages that apply to it (publish
/// what it has, unpublish what is live).
/// </summary>
public sealed class BulkEditor(ContentQueries queries, ContentEditingService editing, ContentPublishingService publishing, ContentReviewService reviews)
{
    /// <summary>The most items one bulk action takes (a page of a list).</summary>
    public const int MaxItems = EditorListQuery.MaxPageSize;

    public async Task<IReadOnlyList<BulkItemResult>> RunAsync(BulkAction action, IReadOnlyCollection<Guid> ids, IReadOnlyCollection<string> cultures, ActingUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(cultures);
        var chosen = ids.Distinct().Take(MaxItems).ToList();
        var states = await queries.StatesAsync(chosen, cancellationToken);
        var results = new List<BulkItemResult>();
        foreach (var id in chosen)
        {
            if (!states.TryGetValue(id, out var item))
            {
                results.Add(new BulkItemResult(id, [], EditorialResult.NotFound(id)));
                continue;
            }

            var applying = action == BulkAction.Delete ? [] : Applying(action, item, cultures);
            if (action != BulkAction.Delete && applying.Count == 0)
            {
                results.Add(new BulkItemResult(id, [], null));
                continue;
            }

            var result = action switch
            {
                BulkAction.Submit => await reviews.SubmitAsync(id, applying, null, user, cancellationToken),
                BulkAction.Publish => await publishing.PublishAsync(id, applying, user, cancellationToken: cancellationToken),
                BulkAction.Unpublish => await publishing.UnpublishAsync(id, applying, user, cancellationToken),
                _ => await editing.DeleteAsync(id, user, cancellationToken),
            };
            results.Add(new BulkItemResult(id, applying, result));
        }

        return results;
    }

    private static List<string> Applying(BulkAction action, ItemStateSummary item, IReadOnlyCollection<string> cultures) =>
        [.. item.Cultures.Where(c => cultures.Contains(c.Culture, StringComparer.OrdinalIgnoreCase) && action switch
        {
            BulkAction.Unpublish => c.PublishedVersion is not null,
            BulkAction.Publish => c.State is CultureState.Draft or CultureState.PublishedWithPendingChanges,
            _ => c.State is CultureState.Draft or CultureState.PublishedWithPendingChanges && !c.InReview,
        }).Select(c => c.Culture)];
}
