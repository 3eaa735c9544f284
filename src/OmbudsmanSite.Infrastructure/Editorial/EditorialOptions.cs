using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>The "Site:Editorial" section: the journal, the scheduler, review and version cleanup.</summary>
public sealed class EditorialOptions
{
    public const string SectionName = "Site:Editorial";

    /// <summary>How often a node reads the change journal for writes made by other processes.</summary>
    public TimeSpan JournalPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How often the scheduler looks for schedules set on other nodes. It wakes for the next due schedule
    /// itself, and at once for one set on its own node.
    /// </summary>
    public TimeSpan SchedulePollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long schedules that ran, failed or were cancelled stay on the schedules page.</summary>
    public TimeSpan ScheduleHistory { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Every version is kept this long.</summary>
    public TimeSpan KeepAllVersionsFor { get; set; } = TimeSpan.FromDays(7);

    /// <summary>After <see cref="KeepAllVersionsFor"/>, the latest version of each day is kept this long from its save.</summary>
    public TimeSpan KeepDailyVersionsFor { get; set; } = TimeSpan.FromDays(90);

    public TimeSpan VersionCleanupInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long a deleted item stays in the recycle bin before the cleanup purges it (at each <see cref="VersionCleanupInterval"/>).</summary>
    public TimeSpan RecycleBinRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// How long every change-journal row is kept; after that a row another row supersedes is deleted
    /// (<see cref="JournalCompaction"/>). Empty: the journal keeps everything.
    /// </summary>
    public TimeSpan? JournalRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>This process's name in schedule and mail claims; the machine name and process id when empty (<see cref="Node"/>).</summary>
    public string? NodeName { get; set; }

    /// <summary>The name this process claims work under: <see cref="NodeName"/>, or the machine name and process id.</summary>
    public string Node => string.IsNullOrWhiteSpace(NodeName) ? $"{Environment.MachineName}/{Environment.ProcessId}" : NodeName;

    /// <summary>
    /// Per document type, whether a person publishes only after review (or by force, with a reason).
    /// A type not named needs none; the shipped appsettings.json names every type.
    /// </summary>
    public Dictionary<DocumentType, bool> ReviewRequired { get; } = [];

    public bool RequiresReview(DocumentType type) => ReviewRequired.TryGetValue(type, out var required) && required;

    /// <summary>An editor not heard from for this long no longer counts as in the item (it closed, or its connection went).</summary>
    public TimeSpan PresenceExpiry { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many times a write is retried when another writer changed the same rows first.</summary>
    public int WriteAttempts { get; set; } = 3;
}
