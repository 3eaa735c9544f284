namespace OmbudsmanSite.Infrastructure.Identity;

/// <summary>
/// One signed-in browser, known to the server: its cookie names it, and every request and open editor
/// checks that it still stands. Ending it (sign-out, a disabled account, rights taken away) refuses the
/// cookie at once, wherever it was copied to.
/// </summary>
public sealed class BackofficeSession
{
    public const int IdLength = 32;

    // For EF Core.
    private BackofficeSession()
    {
    }

    public BackofficeSession(string id, string userId, DateTime nowUtc)
    {
        Id = id;
        UserId = userId;
        CreatedUtc = nowUtc;
        LastSeenUtc = nowUtc;
    }

    public string Id { get; private set; } = "";

    public string UserId { get; private set; } = "";

    public DateTime CreatedUtc { get; private set; }

    /// <summary>Moved on at most once a minute while the session is used; a session idle past its duration has ended.</summary>
    public DateTime LastSeenUtc { get; private set; }

    public DateTime? EndedUtc { get; private set; }

    public SessionEndReason? EndReason { get; private set; }
}
