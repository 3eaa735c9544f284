using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Identity;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Mail;

/// <summary>
/// The notifications of editorial work, added to the operation's own transaction: a submission goes
/// to the editors of its languages, an approval or a send-back to its author, a failed schedule to whoever
/// set it. Each recipient gets it in her backoffice language, unless she turned that kind off.
/// </summary>
public sealed class EditorialMail(MailOutbox queue, IBackofficeLinks links, SiteCultures cultures, SiteClock clock)
{
    /// <summary>Tells the sender the messages added are committed.</summary>
    public void Committed() => queue.Wake();

    public async Task ReviewSubmittedAsync(SiteDbContext db, ReviewRequest request, IReadOnlyDictionary<string, string> titles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        var reviewers = (await AccountsAsync(db, cancellationToken)).Where(a =>
            a.User.Id != request.SubmittedById && a.Rights.Allows(EditorialRight.Publish) && request.CultureList.Any(a.Rights.MayEditCulture));
        foreach (var (user, _) in reviewers)
        {
            Add(db, MailKind.ReviewSubmitted, user, links.Review(request.Id), titles, to =>
            [
                MailText.Format("ReviewSubmitted_Body", to.Culture, request.SubmittedByName, TitleFor(titles, to), MailText.Languages(request.CultureList, to.Culture)),
                .. Note(request.Note, to),
            ]);
        }
    }

    /// <summary>An approval (<see cref="MailKind.ReviewApproved"/>) or a send-back of <paramref name="decided"/> cultures, to the request's author.</summary>
    public async Task ReviewDecidedAsync(SiteDbContext db, ReviewRequest request, MailKind kind, IReadOnlyList<string> decided, string decidedBy, string? comment, IReadOnlyDictionary<string, string> titles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        if ((await AccountsAsync(db, cancellationToken)).FirstOrDefault(a => a.User.Id == request.SubmittedById).User is not { } author)
        {
            return;
        }

        Add(db, kind, author, links.Item(request.DocumentId), titles, to =>
        [
            MailText.Format($"{kind}_Body", to.Culture, decidedBy, TitleFor(titles, to), MailText.Languages(decided, to.Culture)),
            .. Note(comment, to),
        ]);
    }

    public async Task ScheduleFailedAsync(SiteDbContext db, ContentSchedule schedule, string reason, IReadOnlyDictionary<string, string> titles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(schedule);
        if ((await AccountsAsync(db, cancellationToken)).FirstOrDefault(a => a.User.Id == schedule.CreatedById).User is not { } setter)
        {
            return;
        }

        Add(db, MailKind.ScheduleFailed, setter, links.Item(schedule.DocumentId), titles, to =>
        [
            MailText.Format("ScheduleFailed_Body", to.Culture, TitleFor(titles, to), $"{clock.ToLocalText(schedule.DueUtc)} {MailText.Get("BakuTime", to.Culture)}",
                MailText.Format($"Schedule_{schedule.Action}", to.Culture, MailText.Languages([schedule.Culture], to.Culture)), reason),
        ]);
    }

    private void Add(SiteDbContext db, MailKind kind, BackofficeUser user, string link, IReadOnlyDictionary<string, string> titles, Func<MailRecipient, IReadOnlyList<string>> paragraphs)
    {
        if (string.IsNullOrWhiteSpace(user.Email) || user.MutedNotifications.Contains(kind.ToString()))
        {
            return;
        }

        var to = new MailRecipient(user.Id, user.Email, user.ShownName, cultures.TryGet(user.UiCulture, out var chosen) ? chosen.Code : cultures.Default.Code);
        var footer = MailText.Format("FooterNotification", to.Culture, links.Account());
        queue.Add(db, kind, to, MailComposer.Compose(kind, to, paragraphs(to), link, footer, TitleFor(titles, to)));
    }

    /// <summary>The item's title in the recipient's language, else the default culture's, else any.</summary>
    private string TitleFor(IReadOnlyDictionary<string, string> titles, MailRecipient to) =>
        titles.TryGetValue(to.Culture, out var own) ? own
        : titles.TryGetValue(cultures.Default.Code, out var source) ? source
        : titles.Values.FirstOrDefault() ?? "";

    private static IEnumerable<string> Note(string? note, MailRecipient to) =>
        string.IsNullOrWhiteSpace(note) ? [] : [MailText.Format("ReviewNote", to.Culture, note.Trim())];

    /// <summary>The active accounts and what each may do (a backoffice has tens of accounts: read whole).</summary>
    private static async Task<IReadOnlyList<(BackofficeUser User, EditorialRights Rights)>> AccountsAsync(SiteDbContext db, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().Where(u => !u.IsDisabled).ToListAsync(cancellationToken);
        var roles = await db.UserRoles.AsNoTracking().Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name ?? "");
        return [.. users.Select(u => (u, EditorialRights.ForRoles(byUser[u.Id], u.TranslatorCultures)))];
    }
}
