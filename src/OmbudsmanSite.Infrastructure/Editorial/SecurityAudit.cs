using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>Account events (sign-in, failures, lockouts, two-factor changes) in the same append-only audit trail as content.</summary>
public sealed class SecurityAudit(EditorialWriter writer)
{
    public Task RecordAsync(ActingUser user, AuditAction action, string? detail = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return writer.AppendAuditAsync(user, action, null, detail, cancellationToken);
    }
}
