namespace OmbudsmanSite.Core.Editorial;

/// <summary>The robots that write content, each under its own name (GOV.UK's scheduled publishing robot).</summary>
public static class SystemUsers
{
    public static ActingUser USync { get; } = ActingUser.System("usync", "uSync");

    /// <summary>Demonstration content (<c>seed-demo</c>).</summary>
    public static ActingUser DemoContent { get; } = ActingUser.System("seed-demo", "Demo content");

    public static ActingUser LegacyImport { get; } = ActingUser.System("legacy-import", "Legacy import");

    public static ActingUser Scheduler { get; } = ActingUser.System("scheduler", "Scheduler");

    public static ActingUser Cleanup { get; } = ActingUser.System("cleanup", "Cleanup");

    /// <summary>The site's command line (<c>create-admin</c>), run by whoever has the server.</summary>
    public static ActingUser Command { get; } = ActingUser.System("command", "Command line");

    /// <summary>Media library writes not made by a signed-in user (uploads from the command line).</summary>
    public static ActingUser MediaLibrary { get; } = ActingUser.System("media", "Media library");

    /// <summary>Sends the queued e-mail; its sent and failed messages are audited under this name.</summary>
    public static ActingUser Mailer { get; } = ActingUser.System("mail", "Mail");

    /// <summary>Every one of them, as the lists' author filter offers them after the accounts.</summary>
    public static IReadOnlyList<ActingUser> All { get; } = [USync, LegacyImport, Scheduler, Cleanup, Command, MediaLibrary, Mailer];
}
