namespace OmbudsmanSite.Web.Api;

/// <summary>
/// What became of an item in the asked language: <c>created</c> or <c>updated</c> with the item as it is
/// now, or <c>unpublished</c> or <c>deleted</c> without it. <see cref="Sequence"/> is its latest change's
/// place in the journal.
/// </summary>
public sealed record ApiChange(long Sequence, Guid Id, string Change, ApiItem? Item);
