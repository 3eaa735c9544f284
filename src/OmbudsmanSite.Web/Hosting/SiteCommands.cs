using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Infrastructure.Import;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Infrastructure.Search;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Identity;
using OmbudsmanSite.Web.Backoffice;
using OmbudsmanSite.Web.Media;

namespace OmbudsmanSite.Web.Hosting;

/// <summary>
/// Command-line verbs of the site's executable, run against the same configuration and database as
/// the site: <c>import-legacy &lt;file-or-folder&gt;... [--culture en] [--type meeting]</c> and
/// <c>rebuild-search-index</c>, <c>add-media &lt;file&gt;... [--folder Reports/2024] [--alt en=Text]... [--caption en=Text]...</c>
/// and <c>create-admin &lt;email&gt; [--name "Display name"] [--link]</c>; <see cref="ContentCommands"/> adds
/// <c>import-usync</c> and <c>seed-demo</c>, <see cref="BackupCommands"/> <c>backup</c> and <c>restore</c>, <see cref="CheckCommands"/> <c>check-content</c>. Arguments that start with
/// <c>--</c> are the host's own (<c>--urls</c>, <c>--environment</c>); any other first word must be a command.
/// </summary>
public static class SiteCommands
{
    public const string ImportLegacy = "import-legacy";
    public const string RebuildSearchIndex = "rebuild-search-index";
    public const string AddMedia = "add-media";
    public const string CreateAdmin = "create-admin";

    public const string Usage = $$"""
        Usage: dotnet run --project src/OmbudsmanSite.Web -- [command]
          (no command)                       run the site
          {{ImportLegacy}} <file-or-folder>... [--culture az|en|ru] [--type newsArticle|meeting|report|page]
          {{RebuildSearchIndex}}
          {{AddMedia}} <file>... [--folder Reports/2024] [--alt az|en|ru=Text]... [--caption az|en|ru=Text]...
          {{ContentCommands.ImportUSync}} <folder>          import a uSync folder into this site's database (running or not)
          {{ContentCommands.ExportUSync}} <folder> [--drafts] write the site as a uSync tree (published content; --drafts adds never-published items)
          {{ContentCommands.SeedDemo}} --items N [--seed S]  make and publish N demonstration items in every language
          {{BackupCommands.Backup}} <folder>                 the database and media files into a new folder (the site may run)
          {{BackupCommands.Restore}} <folder>                put a backup back (every node stopped)
          {{CheckCommands.CheckContent}} [--format text|json]  the content checks over every item; exit 1 when one is an error
          {{CreateAdmin}} <email> [--name "Display name"] [--link]
              the password is read from standard input (twice; two lines when not a terminal),
              or, with --link, a one-time set-password link is printed instead
        """;

    private const string CreateAdminUsage = "Usage: create-admin <email> [--name \"Display name\"] [--link]";

    private const string AddMediaUsage = "Usage: add-media <file>... [--folder Reports/2024] [--alt az|en|ru=Text]... [--caption az|en|ru=Text]...";

    /// <summary>True when the arguments name a command (anything but the site's own -- options).</summary>
    public static bool IsCommand(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Length > 0 && !args[0].StartsWith('-');
    }

    /// <summary>
    /// For a command, the log's console sinks write to standard error, so standard output is the
    /// command's own, to read or pipe (<c>check-content --format json</c>).
    /// </summary>
    public static void SendLogToStandardError(IConfigurationManager configuration, string[] args)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!IsCommand(args))
        {
            return;
        }

        var sinks = configuration.GetSection("Serilog:WriteTo").GetChildren()
            .Where(sink => string.Equals(sink["Name"], "Console", StringComparison.OrdinalIgnoreCase))
            .Select(sink => KeyValuePair.Create<string, string?>($"{sink.Path}:Args:standardErrorFromLevel", "Verbose"))
            .ToList();
        configuration.AddInMemoryCollection(sinks);
    }

    /// <returns>The exit code when a command ran, null when the site should start.</returns>
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        return !IsCommand(args) ? null : args[0] switch
        {
            ImportLegacy => await ImportLegacyAsync(app, args),
            RebuildSearchIndex => await RebuildSearchIndexAsync(app),
            AddMedia => await AddMediaAsync(app, args),
            CreateAdmin => await CreateAdminAsync(app, args),
            ContentCommands.ImportUSync => await ContentCommands.ImportUSyncAsync(app, args),
            ContentCommands.SeedDemo => await ContentCommands.SeedDemoAsync(app, args),
            ContentCommands.ExportUSync => await ContentCommands.ExportUSyncAsync(app, args),
            BackupCommands.Backup => await BackupCommands.BackupAsync(app, args),
            BackupCommands.Restore => await BackupCommands.RestoreAsync(app, args),
            CheckCommands.CheckContent => await CheckCommands.CheckContentAsync(app, args),
            var unknown => await UnknownAsync(unknown),
        };
    }

    private static async Task<int> UnknownAsync(string command)
    {
        await Console.Error.WriteLineAsync($"Unknown command '{command}'.");
        await Console.Error.WriteLineAsync(Usage);
        return 2;
    }

    /// <summary>The first administrator (or another one): there is no default account, so this is how a site gets its first user.</summary>
    private static async Task<int> CreateAdminAsync(WebApplication app, string[] args)
    {
        string? email = null;
        string? name = null;
        var link = false;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--name" when i + 1 < args.Length:
                    name = args[++i];
                    break;
                case "--link":
                    link = true;
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal) || email is not null:
                    await Console.Error.WriteLineAsync($"Unknown or extra argument '{option}'. {CreateAdminUsage}");
                    return 2;
                default:
                    email = args[i];
                    break;
            }
        }

        if (email is null || !System.Net.Mail.MailAddress.TryCreate(email, out _))
        {
            await Console.Error.WriteLineAsync(email is null ? CreateAdminUsage : $"'{email}' is not an e-mail address. {CreateAdminUsage}");
            return 2;
        }

        string? password = null;
        if (!link)
        {
            password = await ReadPasswordAsync("Password: ");
            var again = await ReadPasswordAsync("The same password again: ");
            if (password is null || again is null)
            {
                await Console.Error.WriteLineAsync("No password was given: type it twice, or use --link for a set-password link.");
                return 2;
            }

            if (password != again)
            {
                await Console.Error.WriteLineAsync("The two passwords differ; nothing was created.");
                return 1;
            }
        }

        await app.InitializeOmbudsmanSiteAsync();
        using var scope = app.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<BackofficeAccounts>();
        var (result, user) = await accounts.CreateAsync(email, new AccountChanges(name ?? email.Split('@')[0], [BackofficeRoles.Administrator], [], null), password, SystemUsers.Command);
        if (!result.Succeeded || user is null)
        {
            await Console.Error.WriteLineAsync($"Not created: {BackofficeAccounts.Describe(result)}");
            return 1;
        }

        Console.WriteLine($"Administrator {user.Email} created. Two-factor sign-in is set up at the first sign-in.");
        if (link)
        {
            var options = app.Services.GetRequiredService<IOptions<BackofficeOptions>>().Value;
            var baseUrl = app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.PublicBaseUrl is { Length: > 0 } configured ? configured : "http://localhost:5000";
            Console.WriteLine($"Set the password within {options.SetPasswordLinkLifetime.TotalMinutes:0} minutes, once, at:");
            Console.WriteLine(BackofficeAddresses.SetPasswordLink(baseUrl, user.Id, await accounts.SetPasswordTokenAsync(user)));
        }

        return 0;
    }

    /// <summary>A line from standard input; typed without echo on a terminal.</summary>
    private static async Task<string?> ReadPasswordAsync(string prompt)
    {
        if (Console.IsInputRedirected)
        {
            return await Console.In.ReadLineAsync();
        }

        Console.Write(prompt);
        var typed = new System.Text.StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        Console.WriteLine();
        return typed.ToString();
    }

    /// <summary>Rebuilds the index from the database while the site is stopped (a running site rebuilds a broken index itself).</summary>
    private static async Task<int> RebuildSearchIndexAsync(WebApplication app)
    {
        await app.InitializeOmbudsmanSiteAsync();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var count = await app.Services.GetRequiredService<SearchIndexer>().RebuildAsync();
        Console.WriteLine($"Search index rebuilt: {count} published variants in {watch.Elapsed.TotalSeconds:0.0} s ({app.Services.GetRequiredService<SearchIndex>().Path}).");
        return 0;
    }

    /// <summary>Puts files into the media library through the same checks as any upload; prints each one's id and URL, or why it was refused.</summary>
    private static async Task<int> AddMediaAsync(WebApplication app, string[] args)
    {
        var cultures = app.Services.GetRequiredService<SiteCultures>();
        var files = new List<string>();
        string? folder = null;
        var alt = new LocalizedText();
        var caption = new LocalizedText();
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--folder" when i + 1 < args.Length:
                    folder = args[++i];
                    break;
                case "--alt" or "--caption" when i + 1 < args.Length && args[i + 1].Split('=', 2) is [var culture, var text] && cultures.IsKnown(culture):
                    if (args[i] == "--alt")
                    {
                        alt = alt.With(culture, text);
                    }
                    else
                    {
                        caption = caption.With(culture, text);
                    }

                    i++;
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    await Console.Error.WriteLineAsync($"Unknown or incomplete option '{option}' (languages: {string.Join(", ", cultures.All.Select(c => c.Code))}). {AddMediaUsage}");
                    return 2;
                default:
                    files.Add(args[i]);
                    break;
            }
        }

        if (files.Count == 0)
        {
            await Console.Error.WriteLineAsync(AddMediaUsage);
            return 2;
        }

        await app.InitializeOmbudsmanSiteAsync();
        var library = app.Services.GetRequiredService<MediaLibrary>();
        var inspector = app.Services.GetRequiredService<MediaFileInspector>();
        var folderId = await library.EnsureFolderAsync(folder);

        var failed = 0;
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                await Console.Error.WriteLineAsync($"refused   {file}: there is no such file.");
                failed++;
                continue;
            }

            if (inspector.SizeError(new FileInfo(file).Length) is { } tooLarge)
            {
                await Console.Error.WriteLineAsync($"refused   {file}: {tooLarge}");
                failed++;
                continue;
            }

            var result = await library.UploadAsync(new MediaUpload(MediaContent.FromFile(file), Path.GetFileName(file)) { FolderId = folderId, AltText = alt, Caption = caption });
            if (result.Item is { } item)
            {
                Console.WriteLine($"added     {file}: {item.Id} {MediaEndpoints.FileUrl(item)}");
            }
            else
            {
                await Console.Error.WriteLineAsync($"refused   {file}: {result.Error}");
                failed++;
            }
        }

        return failed == 0 ? 0 : 1;
    }

    private static async Task<int> ImportLegacyAsync(WebApplication app, string[] args)
    {
        var paths = new List<string>();
        var culture = app.Services.GetRequiredService<SiteCultures>().Default.Code;
        var type = DocumentType.NewsArticle;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--culture" when i + 1 < args.Length:
                    culture = args[++i];
                    break;
                case "--type" when i + 1 < args.Length && DocumentTypeAliases.TryParse(args[i + 1], out var parsed):
                    type = parsed;
                    i++;
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    await Console.Error.WriteLineAsync($"Unknown or incomplete option '{option}'. Usage: {ImportLegacy} <file-or-folder>... [--culture az|en|ru] [--type newsArticle|meeting|report|page]");
                    return 2;
                default:
                    paths.Add(args[i]);
                    break;
            }
        }

        if (paths.Count == 0)
        {
            await Console.Error.WriteLineAsync($"Usage: {ImportLegacy} <file-or-folder>... [--culture az|en|ru] [--type newsArticle|meeting|report|page]");
            return 2;
        }

        if (!app.Services.GetRequiredService<SiteCultures>().IsKnown(culture))
        {
            await Console.Error.WriteLineAsync($"'{culture}' is not a configured language.");
            return 2;
        }

        // Same start-up as the site: curated uSync items exist first, so their legacy ids are taken.
        await app.InitializeOmbudsmanSiteAsync();
        var report = await app.Services.GetRequiredService<LegacyArticleImporter>().ImportAsync(paths, type, culture);
        foreach (var (file, title, warnings) in report.Imported)
        {
            Console.WriteLine($"imported  {file}: {title}");
            foreach (var warning in warnings)
            {
                Console.WriteLine($"          warning: {warning}");
            }
        }

        foreach (var file in report.Skipped)
        {
            Console.WriteLine($"skipped   {file}: already imported");
        }

        foreach (var failure in report.Failed)
        {
            await Console.Error.WriteLineAsync($"failed    {failure}");
        }

        Console.WriteLine($"{report.Imported.Count} imported as drafts, {report.Skipped.Count} already present, {report.Failed.Count} failed.");
        return report.Failed.Count == 0 ? 0 : 1;
    }
}
