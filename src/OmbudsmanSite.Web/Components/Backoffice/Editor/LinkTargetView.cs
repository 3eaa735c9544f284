using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Web.Backoffice;

namespace OmbudsmanSite.Web.Components.Backoffice.Editor;

/// <summary>
/// An item a picker offers (the body's link button, the replacement of an item removed in error): its
/// id, its title and the language that is in, and a note (its type, where it is live).
/// </summary>
public sealed record LinkTargetView(Guid Id, string Title, string Culture, string Note)
{
    /// <summary>The item as <paramref name="text"/> words it: its title in <paramref name="culture"/> when it has one.</summary>
    public static LinkTargetView Of(ItemStateSummary item, string culture, BackofficeText text)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(text);
        var own = item.Cultures.FirstOrDefault(c => c.Culture == culture) ?? (item.Cultures.Count > 0 ? item.Cultures[0] : null);
        var live = item.Cultures.Where(c => c.PublishedVersion is not null).Select(c => c.Culture).ToList();
        var note = $"{text[$"ContentList_{DocumentTypeAliases.AliasOf(item.Type)}"]} · " +
            (live.Count == 0 ? text["LinkTargetNotLive"] : text.Format("LinkTargetLiveIn", text.Languages(live)));
        return new LinkTargetView(item.Id, own?.Title ?? item.Id.ToString("D"), own?.Culture ?? culture, note);
    }
}
