using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Narrows items to those where each word typed starts a word of a title in some language: a range on
/// the words' index, so a rare word finds its few items at once and a common one stops after a page.
/// The editors' lists and the backoffice search both filter so.
/// </summary>
internal static class TitleWordFilter
{
    public static IQueryable<Document> Apply(SiteDbContext db, IQueryable<Document> documents, string? text)
    {
        foreach (var prefix in TitleWords.Of(text).Take(EditorListQuery.MaxTextWords))
        {
            var end = prefix + char.MaxValue;
            var matching = db.DocumentTitleWords.Where(w => w.Word.CompareTo(prefix) >= 0 && w.Word.CompareTo(end) < 0).Select(w => w.DocumentId);
            documents = documents.Where(d => matching.Contains(d.Id));
        }

        return documents;
    }
}
