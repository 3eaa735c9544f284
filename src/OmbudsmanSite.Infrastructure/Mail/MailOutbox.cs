using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Infrastructure.Background;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Mail;

/// <summary>
/// Puts messages in the queue (the <c>OutgoingMails</c> table) and wakes <see cref="MailDelivery"/>. A
/// message caused by an editorial operation is added in that operation's transaction, so it goes out
/// exactly when the operation happened.
/// </summary>
public sealed class MailOutbox(IDbContextFactory<SiteDbContext> contexts, SiteClock clock)
{
    private readonly WakeSignal _signal = new();

    /// <summary>Adds a message to <paramref name="db"/>'s pending changes; call <see cref="Wake"/> once they are committed.</summary>
    public void Add(SiteDbContext db, MailKind kind, MailRecipient to, ComposedMail mail)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.OutgoingMails.Add(new OutgoingMail(kind, to, mail, clock.UtcNow));
    }

    /// <summary>Queues a message on its own and wakes the sender.</summary>
    public async Task EnqueueAsync(MailKind kind, MailRecipient to, ComposedMail mail, CancellationToken cancellationToken = default)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            Add(db, kind, to, mail);
            await db.SaveChangesAsync(cancellationToken);
        }

        Wake();
    }

    /// <summary>Tells the sender there is something new.</summary>
    public void Wake() => _signal.Wake();

    /// <summary>Waits for <see cref="Wake"/> or <paramref name="timeout"/>.</summary>
    internal Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
