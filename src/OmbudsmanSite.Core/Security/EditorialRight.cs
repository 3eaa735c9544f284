namespace OmbudsmanSite.Core.Security;

/// <summary>One kind of action; every editorial operation names the one it needs.</summary>
public enum EditorialRight
{
    /// <summary>Create items and save working copies (of the cultures the user may edit).</summary>
    EditDrafts,

    /// <summary>Change values shared by every culture: dates, format, place, participants, taxonomy, images, files.</summary>
    EditInvariant,

    SubmitForReview,

    /// <summary>Publish, unpublish and schedule either.</summary>
    Publish,

    /// <summary>Move to the recycle bin and restore from it.</summary>
    Delete,

    /// <summary>Delete for good, from the recycle bin or by version cleanup.</summary>
    Purge,

    ManageRedirects,

    /// <summary>
    /// Mark a version "keep" (or lift the mark), exempting it from cleanup: a curator's decision about
    /// the record, so editors' and administrators', not writers' (whose every version would otherwise pile up).
    /// </summary>
    KeepVersions,

    ManageMedia,

    ManageUsers,

    ManageSettings,

    ViewAudit,
}
