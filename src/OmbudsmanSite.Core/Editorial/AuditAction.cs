namespace OmbudsmanSite.Core.Editorial;

public enum AuditAction
{
    Create,
    Save,
    Publish,
    Unpublish,
    Schedule,
    ScheduleCancelled,
    ScheduleRan,
    ScheduleFailed,
    Delete,
    Restore,
    Purge,
    Rollback,
    SlugChanged,
    RedirectAdded,
    RedirectRemoved,
    Conflict,
    VersionKept,
    VersionsCleaned,
    ReviewSubmitted,
    ReviewApproved,
    ReviewSentBack,
    ReviewWithdrawn,

    /// <summary>Published without review, with a reason; a retrospective review is owed.</summary>
    ForcePublished,
    RetrospectiveReviewed,
    TakenOver,
    MarkedUpToDate,

    /// <summary>An action refused for lack of a right (the detail says which).</summary>
    AccessDenied,
    SignIn,
    SignInFailed,
    SignOut,
    SignOutEverywhere,
    LockedOut,
    TwoFactorEnabled,
    TwoFactorReset,
    RecoveryCodesGenerated,
    PasswordSet,
    UserCreated,
    UserChanged,
    TaxonomyCreated,
    RoleChanged,

    /// <summary>A message left the queue (kind and address; never its links).</summary>
    MailSent,

    /// <summary>A message could not be handed over (it is tried again, or given up on: the detail says which).</summary>
    MailFailed,
    PasswordResetRequested,
    AccountUnlocked,
    NotificationsChanged,
    MediaUploaded,
    MediaReplaced,
    MediaDescribed,
    MediaMoved,
    MediaDeleted,

    /// <summary>A new item made as a copy of another (the detail names the original).</summary>
    Duplicate,

    /// <summary>An administrator made a delivery API key (the detail names it and its first characters, never the secret).</summary>
    ApiKeyCreated,
    ApiKeyRevoked,

    /// <summary>A topic's, organisation's or person's names changed (by a uSync import; the detail names it).</summary>
    TaxonomyChanged,

    /// <summary>A document type's names, descriptions or blocks changed (by a uSync import).</summary>
    DocumentTypeChanged,

    /// <summary>Published, or scheduled, with check errors in the languages going live, by force with a reason (the detail names the checks).</summary>
    ChecksOverridden,

    /// <summary>An item withdrawn, with a public explanation per language (the detail has them).</summary>
    Withdrawn,

    /// <summary>A withdrawal undone: the item is listed again.</summary>
    WithdrawalUndone,

    /// <summary>A significant publish: readers are told what changed (the detail has the notes).</summary>
    ChangeNoted,

    /// <summary>
    /// An item removed as published in error: moved to the recycle bin, its addresses answering 410 or
    /// sending visitors to the item that replaces it (the detail names it and the languages).
    /// </summary>
    RemovedPublishedInError,
}
