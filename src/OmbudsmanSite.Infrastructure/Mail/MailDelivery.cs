using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Background;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Mail;

/// <summary>
/// Sends the queue outside any request: woken when a message is queued, and every
/// <see cref="MailOptions.PollInterval"/> for retries and other nodes' messages. Each message is
/// claimed by one node at a time; a failed attempt waits longer each time (30 s, doubled, up to an
/// hour) and is given up on after <see cref="MailOptions.MaxAttempts"/>, so a relay that is down loses
/// nothing. Every sent or failed message is audited by kind and address, never with its links.
/// </summary>
public sealed class MailDelivery(
    IDbContextFactory<SiteDbContext> contexts,
    MailOutbox queue,
    IMailTransport transport,
    SecurityAudit audit,
    SiteClock clock,
    IOptions<MailOptions> options,
    IOptions<EditorialOptions> editorial,
    ILogger<MailDelivery> logger) : BackgroundService
{
    private const int BatchSize = 20;

    // Not less: a message another node has claimed is looked at again this soon.
    private static readonly TimeSpan ShortestWait = TimeSpan.FromSeconds(1);

    private long _pending;

    private string Node { get; } = editorial.Value.Node;

    /// <summary>Messages waiting to be sent (due or retrying) when this node last looked.</summary>
    public long Pending => Interlocked.Read(ref _pending);

    /// <summary>Sends every message due now; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var sent = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = clock.UtcNow;
            List<long> due;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                due = await db.OutgoingMails.AsNoTracking()
                    .Where(m => m.Status == OutgoingMailStatus.Pending && m.NextAttemptUtc <= now && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
                    .OrderBy(m => m.NextAttemptUtc).ThenBy(m => m.Id).Select(m => m.Id).Take(BatchSize).ToListAsync(cancellationToken);
            }

            foreach (var id in due)
            {
                sent += await SendOneAsync(id, cancellationToken) ? 1 : 0;
            }

            if (due.Count < BatchSize)
            {
                return sent;
            }
        }

        return sent;
    }

    private async Task<bool> SendOneAsync(long id, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var claimedUntil = now + options.Value.ClaimDuration;
        var claimed = await db.OutgoingMails
            .Where(m => m.Id == id && m.Status == OutgoingMailStatus.Pending && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.ClaimedBy, Node).SetProperty(x => x.ClaimedUntilUtc, claimedUntil), cancellationToken);
        if (claimed == 0)
        {
            return false; // another node has it
        }

        var mail = await db.OutgoingMails.FirstAsync(m => m.Id == id, cancellationToken);
        var described = $"{mail.Kind} to {mail.ToAddress}";
        try
        {
            await transport.SendAsync(ToMessage(mail), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var attempt = mail.Attempts + 1;
            DateTime? retryAt = attempt >= options.Value.MaxAttempts ? null : clock.UtcNow + Backoff(attempt);
            mail.MarkFailed($"{exception.GetType().Name}: {exception.Message}", retryAt);
            await db.SaveChangesAsync(CancellationToken.None);
            logger.LogWarning("Mail {Id} ({Described}) failed, attempt {Attempt}: {Error}", id, described, attempt, exception.Message);
            await audit.RecordAsync(SystemUsers.Mailer, AuditAction.MailFailed,
                $"{described}, attempt {attempt}: {exception.Message}" + (retryAt is { } next ? $"; again at {clock.ToLocalText(next)}" : "; given up"), CancellationToken.None);
            return false;
        }

        mail.MarkSent(clock.UtcNow);
        await db.SaveChangesAsync(CancellationToken.None);
        await audit.RecordAsync(SystemUsers.Mailer, AuditAction.MailSent, described, CancellationToken.None);
        return true;
    }

    private TimeSpan Backoff(int attempt)
    {
        var wait = options.Value.FirstRetry * Math.Pow(2, Math.Min(attempt - 1, 20));
        return wait < options.Value.LongestRetry ? wait : options.Value.LongestRetry;
    }

    private MimeMessage ToMessage(OutgoingMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        message.To.Add(new MailboxAddress(mail.ToName, mail.ToAddress));
        message.Subject = mail.Subject;
        message.Headers.Add("Auto-Submitted", "auto-generated"); // no out-of-office replies
        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
        return message;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // A failed round is logged and tried again at the next one; the messages stay queued.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.LogError(exception, "The mail queue could not be sent");
            }

            try
            {
                await queue.WaitAsync(await NextWaitAsync(stoppingToken), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>Until the next retry falls due, at most <see cref="MailOptions.PollInterval"/>.</summary>
    private async Task<TimeSpan> NextWaitAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = db.OutgoingMails.AsNoTracking().Where(m => m.Status == OutgoingMailStatus.Pending);
        var next = await pending.OrderBy(m => m.NextAttemptUtc).Select(m => (DateTime?)m.NextAttemptUtc).FirstOrDefaultAsync(cancellationToken);
        Interlocked.Exchange(ref _pending, next is null ? 0 : await pending.LongCountAsync(cancellationToken));
        return WakeSignal.SleepUntil(next, clock.UtcNow, ShortestWait, options.Value.PollInterval);
    }
}
