using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Mail;
using OmbudsmanSite.Infrastructure.Media;

namespace OmbudsmanSite.Infrastructure.Diagnostics;

/// <summary>
/// Gauges read, when scraped, from what the services already track: the journal lag this node last
/// saw, image jobs waiting for a slot, mails waiting to be sent. Kept apart from
/// <see cref="SiteMetrics"/>, which those services record into, so neither depends on the other.
/// </summary>
public sealed class SiteGauges
{
    public SiteGauges(SiteMetrics metrics, ContentJournalWorker journal, ImageProcessingGate images, MailDelivery mail)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        metrics.Meter.CreateObservableGauge("ombudsman.journal.lag", () => journal.Lag, "{change}",
            "Change-journal rows this node had not applied when it last looked.");
        metrics.Meter.CreateObservableGauge("ombudsman.journal.applied_sequence", () => journal.AppliedSequence, "{change}",
            "The last change-journal sequence number this node applied.");
        metrics.Meter.CreateObservableGauge("ombudsman.image.jobs.waiting", () => images.Waiting, "{job}",
            "Image derivatives waiting for a processing slot.");
        metrics.Meter.CreateObservableGauge("ombudsman.mail.queue", () => mail.Pending, "{mail}",
            "Mails waiting to be sent (due or retrying), as the sender last counted.");
    }
}
