using Microsoft.Extensions.Logging;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Taxonomy;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Import;

/// <summary>
/// Fills a site with demonstration content for load and capacity tests (<c>seed-demo --items N</c>):
/// news, meetings and reports over twenty years, in every configured language, tagged with the
/// site's topics, organisations and people, each made and published through the editorial services
/// like any other item (audited, journalled, indexed). The same seed gives the same content.
/// </summary>
public sealed class DemoContentSeeder(
    ContentEditingService editing,
    ContentPublishingService publishing,
    ReferenceDataCache referenceData,
    SiteCultures cultures,
    SiteClock clock,
    ILogger<DemoContentSeeder> logger)
{
    private static readonly Dictionary<string, (string[] Subjects, string[] Actions, string[] Places, string Sentence)> Words = new(StringComparer.Ordinal)
    {
        ["az"] = (["Ombudsman", "Müvəkkil", "Aparatın əməkdaşları", "Regional mərkəz"], ["vətəndaşları qəbul etdi", "monitorinq keçirdi", "görüş keçirdi", "hesabat təqdim etdi", "seminar təşkil etdi"],
            ["Bakıda", "Gəncədə", "Sumqayıtda", "Lənkəranda", "Şəkidə", "Qubada"], "Görüşdə insan hüquqlarının müdafiəsi, uşaq hüquqları və cəzaçəkmə müəssisələrində şərait müzakirə olunub."),
        ["en"] = (["The Ombudsman", "The Commissioner", "Office staff", "A regional centre"], ["received citizens", "carried out monitoring", "held a meeting", "presented a report", "organised a seminar"],
            ["in Baku", "in Ganja", "in Sumgayit", "in Lankaran", "in Shaki", "in Guba"], "The meeting discussed the protection of human rights, the rights of the child and conditions in places of detention."),
        ["ru"] = (["Омбудсмен", "Уполномоченный", "Сотрудники аппарата", "Региональный центр"], ["принял граждан", "провёл мониторинг", "провёл встречу", "представил доклад", "организовал семинар"],
            ["в Баку", "в Гяндже", "в Сумгайыте", "в Ленкорани", "в Шеки", "в Губе"], "На встрече обсуждались защита прав человека, права ребёнка и условия в местах лишения свободы."),
    };

    /// <summary>Makes and publishes <paramref name="items"/> items; returns how many were made.</summary>
    public async Task<int> SeedAsync(int items, int seed = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(items);
        var random = new Random(seed);
        var taxonomy = (await referenceData.TaxonomyAsync(cancellationToken)).Values.ToList();
        var topics = taxonomy.Where(t => t.Kind != TaxonomyKind.Person).Select(t => t.Id).ToList();
        var people = taxonomy.Where(t => t.Kind == TaxonomyKind.Person).Select(t => t.Id).ToList();
        var languages = cultures.All.Select(c => c.Code).Where(Words.ContainsKey).ToList();
        var newest = clock.UtcNow;
        var made = 0;
        for (var n = 1; n <= items; n++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var type = (n % 10) switch { < 5 => DocumentType.NewsArticle, < 9 => DocumentType.Meeting, _ => DocumentType.Report };
            var date = newest.AddMinutes(-random.Next(0, 20 * 365 * 24 * 60));
            var values = new ContentValues
            {
                DateUtc = date,
                Taxonomy = [.. topics.OrderBy(_ => random.Next()).Take(random.Next(0, 3))],
                Meeting = type == DocumentType.Meeting ? new MeetingValues
                {
                    Format = (MeetingFormat)random.Next(0, 3),
                    Location = new LocalizedText(languages.Select(c => KeyValuePair.Create(c, Pick(Words[c].Places, random)))),
                    Participants = [.. people.OrderBy(_ => random.Next()).Take(random.Next(0, 3)).Select(p => new ParticipantValues { PersonId = p })],
                } : null,
                Report = type == DocumentType.Report ? new ReportValues { Year = date.Year, Kind = (ReportKind)random.Next(0, 4) } : null,
                Cultures = languages.ToDictionary(c => c, c => Culture(c, n, random), StringComparer.Ordinal),
            };
            var created = await editing.CreateAsync(new CreateContentRequest { Type = type, Values = values, Comment = "seed-demo" }, SystemUsers.DemoContent, cancellationToken);
            if (created.Succeeded && (await publishing.PublishAsync(created.DocumentId!.Value, languages, SystemUsers.DemoContent, cancellationToken: cancellationToken)).Succeeded)
            {
                made++;
            }
            else
            {
                logger.LogWarning("Demo item {Number} was not made: {Errors}", n, string.Join(" ", created.Errors.Select(e => e.Message)));
            }

            if (n % 100 == 0 || n == items)
            {
                progress?.Report(n);
            }
        }

        return made;
    }

    private static CultureValues Culture(string culture, int number, Random random)
    {
        var (subjects, actions, places, sentence) = Words[culture];
        var title = $"{Pick(subjects, random)} {Pick(places, random)} {Pick(actions, random)} ({number})";
        return new CultureValues
        {
            Title = title,
            Summary = sentence,
            BodyHtml = string.Concat(Enumerable.Repeat($"<p>{sentence}</p>", random.Next(2, 6))),
        };
    }

    private static string Pick(string[] words, Random random) => words[random.Next(words.Length)];
}
