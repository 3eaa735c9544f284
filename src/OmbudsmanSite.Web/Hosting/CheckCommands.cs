using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using OmbudsmanSite.Core.Checks;
using OmbudsmanSite.Infrastructure.Checks;
using OmbudsmanSite.Web.Backoffice;

namespace OmbudsmanSite.Web.Hosting;

/// <summary>
/// <c>check-content [--format text|json]</c>: the content checks over every item's working copy
/// (<see cref="SiteContentChecks"/>), printed one finding a line or as JSON, in English. Exits 1
/// when any finding is an error, so a pipeline can stop on it; 0 otherwise; 2 on bad arguments.
/// </summary>
public static class CheckCommands
{
    public const string CheckContent = "check-content";

    public const string CheckContentUsage = $"Usage: {CheckContent} [--format text|json]";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static async Task<int> CheckContentAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        var json = false;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--format" && i + 1 < args.Length && args[i + 1] is "text" or "json")
            {
                json = args[++i] == "json";
                continue;
            }

            await Console.Error.WriteLineAsync($"Unknown or invalid argument '{args[i]}'. {CheckContentUsage}");
            return 2;
        }

        await app.InitializeOmbudsmanSiteAsync();

        // The neutral strings, English: what a log or a pipeline reads.
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        var text = app.Services.GetRequiredService<BackofficeText>();
        var findings = new List<FoundLine>();
        var reading = new List<ReadingLine>();
        var items = 0;
        await foreach (var item in app.Services.GetRequiredService<SiteContentChecks>().CheckAllAsync())
        {
            items++;
            foreach (var language in item.Languages)
            {
                findings.AddRange(language.Findings.Select(f => new FoundLine(
                    item.Id, item.Type.ToString(), language.Culture, item.Titles.GetValueOrDefault(language.Culture) ?? "", item.LastEditedBy,
                    f.Check, f.Severity, f.Field, f.Element, f.Values, text.Finding(f))));
                if (json && language.Readability is { } figures)
                {
                    reading.Add(new ReadingLine(item.Id, language.Culture, figures.Formula, Math.Round(figures.Score, 1), figures.Band, figures.Words, figures.Sentences, figures.LongSentences.Count));
                }
            }
        }

        var errors = findings.Count(f => f.Severity == CheckSeverity.Error);
        var warnings = findings.Count - errors;
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new { items, errors, warnings, findings, reading }, Json));
        }
        else
        {
            foreach (var f in findings)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{f.Severity.ToString().ToLowerInvariant(),-7} {f.Id:D} {f.Culture} {f.Field,-16} {f.Check}: {f.Message} ({f.Type} “{f.Title}”, {f.LastEditedBy})"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{items} items checked: {errors} errors, {warnings} warnings."));
        }

        return errors > 0 ? 1 : 0;
    }

    /// <summary>How one language of an item reads (JSON only): the figures the editor's panel shows.</summary>
    private sealed record ReadingLine(Guid Id, string Culture, ReadabilityFormula Formula, double Score, ReadabilityBand Band, int Words, int Sentences, int LongSentences);

    private sealed record FoundLine(
        Guid Id, string Type, string Culture, string Title, string LastEditedBy, ContentCheck Check, CheckSeverity Severity, string Field, int? Element, IReadOnlyList<string> Values, string Message);
}
