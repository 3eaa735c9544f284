using System.Globalization;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Checks;
using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Tests.Checks;

/// <summary>Each writing check with a text that trips it and one that does not, in az, en and ru.</summary>
public sealed class WritingChecksTests
{
    private static readonly Guid Gone = Guid.Parse("6f0e6c55-0000-4000-8000-000000000001");
    private static readonly Guid Live = Guid.Parse("6f0e6c55-0000-4000-8000-000000000002");

    private static readonly Dictionary<string, Words> Fixtures = new()
    {
        ["az"] = new("az", "bura klikləyin", "2024-cü il üzrə illik məruzə", "Ombudsman Lənkəran sakinləri ilə görüşür", "Ombudsman həbsxanaya baş çəkdi və məhbuslarla danışdı.", "İnsan hüquqları", "Uşaq hüquqları"),
        ["en"] = new("en", "click here", "the 2024 annual report", "The Ombudsman meets residents of Lankaran", "The Ombudsman visited the prison and spoke with the inmates.", "Human rights", "Children's rights"),
        ["ru"] = new("ru", "нажмите здесь", "ежегодный доклад за 2024 год", "Омбудсмен встречается с жителями Ленкорани", "Омбудсмен посетил тюрьму и поговорил с заключёнными.", "Права человека", "Права детей"),
    };

    private readonly WritingChecks _checks = new(Options.Create(new ContentCheckOptions
    {
        VagueLinkTexts = new(StringComparer.OrdinalIgnoreCase)
        {
            ["az"] = ["bura klikləyin", "ətraflı"],
            ["en"] = ["click here", "read more"],
            ["ru"] = ["нажмите здесь", "подробнее"],
        },
        SeoDescriptionRequired = [DocumentType.Page],
    }));

    public static TheoryData<string, ContentCheck> Cases()
    {
        var data = new TheoryData<string, ContentCheck>();
        foreach (var culture in Fixtures.Keys)
        {
            // A report's file is checked against the media library, not the text (ContentCheckerTests).
            foreach (var check in Enum.GetValues<ContentCheck>().Where(c => c is not (ContentCheck.ReportFileWithoutText or ContentCheck.ReportFileWithoutLanguage or ContentCheck.ReportFileLanguageDiffers)))
            {
                data.Add(culture, check);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_check_trips_on_its_fixture_and_not_on_the_mended_one(string culture, ContentCheck check)
    {
        var (tripped, mended) = FixturesFor(check, Fixtures[culture]);

        var found = _checks.Check(tripped with { Culture = culture }, new HashSet<Guid> { Gone }, CheckedLinks);
        var clean = _checks.Check(mended with { Culture = culture }, new HashSet<Guid> { Gone }, CheckedLinks);

        Assert.Contains(found, f => f.Check == check && f.Culture == culture);
        Assert.DoesNotContain(clean, f => f.Check == check);
    }

    [Fact]
    public void A_clean_text_has_no_findings_and_a_finding_points_at_its_element()
    {
        var words = Fixtures["en"];
        var clean = Text(words, P(words.Sentence), H(2, words.Heading), P(words.Sentence), A(words.Specific, "item:" + Live));

        Assert.Empty(_checks.Check(clean, new HashSet<Guid>()));

        var broken = Text(words, P(words.Sentence), A(words.Specific, "item:" + Gone)); // p 0, p 1 holding a 2
        var finding = Assert.Single(_checks.Check(broken, new HashSet<Guid> { Gone }));
        Assert.Equal((ContentCheck.LinkToUnavailableItem, CheckSeverity.Error, "en", "en.body", (int?)2), (finding.Check, finding.Severity, finding.Culture, finding.Field, finding.Element));
        Assert.Equal([words.Specific], finding.Values);
    }

    private static (CheckedText Tripped, CheckedText Mended) FixturesFor(ContentCheck check, Words w) => check switch
    {
        ContentCheck.ImageWithoutAlt => (Text(w, Img(null)), Text(w, Img(null, decorative: true))),
        ContentCheck.AltIsFileName => (Text(w, Img("IMG_2041.JPG")), Text(w, Img(w.Caption))),
        ContentCheck.AltRepeatsCaption => (Figure(w, w.Caption, w.Caption + "."), Figure(w, w.Caption, w.Sentence)),
        ContentCheck.AltTooLong => (Text(w, Img(string.Join(' ', Enumerable.Repeat(w.Caption, 5)))), Text(w, Img(w.Caption))),
        ContentCheck.HeadingEmpty => (Text(w, H(2, " ")), Text(w, H(2, w.Heading))),
        ContentCheck.HeadingSkipsLevel => (Text(w, H(2, w.Heading), H(4, w.Other)), Text(w, H(2, w.Heading), H(3, w.Other), H(2, w.Heading))),
        ContentCheck.HeadingOneInBody => (Text(w, H(1, w.Heading)), Text(w, H(2, w.Heading))),
        ContentCheck.LinkTextSaysNothing => (Text(w, A(w.Vague.ToUpper(CultureInfo.GetCultureInfo(w.Code)) + ".", "https://ombudsman.az/r")), Text(w, A(w.Specific, "https://ombudsman.az/r"))),
        ContentCheck.LinkTextIsAddress => (Text(w, A("https://ombudsman.az/az/reports/2024", "https://ombudsman.az/az/reports/2024")), Text(w, A(w.Specific, "https://ombudsman.az/az/reports/2024"))),
        ContentCheck.LinkTextLeadsToDifferentPlaces => (Text(w, A(w.Specific, "https://a.example/1"), A(w.Specific, "https://a.example/2")), Text(w, A(w.Specific, "https://a.example/1"), A(w.Specific, "https://a.example/1"))),
        ContentCheck.LinkToUnavailableItem => (Text(w, A(w.Specific, "item:" + Gone)), Text(w, A(w.Specific, "item:" + Live))),
        ContentCheck.TableWithoutHeaderRow => (Table(w, header: false), Table(w, header: true)),
        ContentCheck.ParagraphInCapitals => (Text(w, P(w.Capitals)), Text(w, P(w.Sentence), P("UNICEF, OSCE, UNHCR"))),
        ContentCheck.FakeList => (Text(w, P("- " + w.Heading), P("- " + w.Other)), Text(w, P("- " + w.Heading), P(w.Sentence), P("– " + w.Other))),
        ContentCheck.TitleTooLong => (Text(w) with { Title = string.Join(' ', Enumerable.Repeat(w.Caption, 2)) }, Text(w)),
        ContentCheck.SummaryMissing => (Text(w) with { Summary = " " }, Text(w)),
        ContentCheck.SeoDescriptionMissing => (Text(w) with { Type = DocumentType.Page }, Text(w) with { Type = DocumentType.Page, SeoDescription = w.Sentence }),
        ContentCheck.ExternalLinkNotFound => External(w, LinkOutcome.NotFound),
        ContentCheck.ExternalLinkFails => External(w, LinkOutcome.Fails),
        ContentCheck.ExternalLinkRedirectLoop => External(w, LinkOutcome.RedirectLoop),
        ContentCheck.ExternalLinkTooManyRedirects => External(w, LinkOutcome.TooManyRedirects),
        ContentCheck.ExternalLinkUnreachable => External(w, LinkOutcome.Unreachable),
        ContentCheck.ExternalLinkRedirected => External(w, LinkOutcome.Redirected),
        ContentCheck.ExternalLinkSlow => External(w, LinkOutcome.Slow),
        ContentCheck.ExternalLinkTlsError => External(w, LinkOutcome.TlsError),
        _ => throw new ArgumentOutOfRangeException(nameof(check), check, "A check without fixtures."),
    };

    /// <summary>The last background check of each address, one per outcome (what ExternalLinkChecks stores).</summary>
    private static readonly Dictionary<string, ExternalLinkStatus> CheckedLinks = Enum.GetValues<LinkOutcome>().ToDictionary(
        o => LinkTo(o),
        o => new ExternalLinkStatus(o, o is LinkOutcome.NotFound ? 404 : o is LinkOutcome.Fails ? 503 : 200, o is LinkOutcome.Redirected ? 3 : 0, TimeSpan.FromSeconds(o is LinkOutcome.Slow ? 7 : 0.2), new DateTime(2026, 12, 5, 3, 0, 0, DateTimeKind.Utc)));

    private static string LinkTo(LinkOutcome outcome) => $"https://laws.example/{outcome}";

    /// <summary>A link whose address checked out as <paramref name="outcome"/>, mended by one that checked out fine.</summary>
    private static (CheckedText Tripped, CheckedText Mended) External(Words w, LinkOutcome outcome) =>
        (Text(w, A(w.Specific, LinkTo(outcome))), Text(w, A(w.Specific, LinkTo(LinkOutcome.Ok))));

    private static CheckedText Text(Words w, params Func<int, int, IEnumerable<BodyElement>>[] parts)
    {
        var body = new List<BodyElement>();
        foreach (var part in parts)
        {
            body.AddRange(part(body.Count, -1));
        }

        return new CheckedText("en", DocumentType.NewsArticle, w.Caption, w.Sentence, null, body);
    }

    private static CheckedText Figure(Words w, string alt, string caption) =>
        Text(w, (at, parent) => [new BodyElement(at, "figure", parent, caption), new BodyElement(at + 1, "img", at, "") { Alt = alt }, new BodyElement(at + 2, "figcaption", at, caption)]);

    private static CheckedText Table(Words w, bool header) =>
        Text(w, (at, parent) =>
        [
            new BodyElement(at, "table", parent, ""),
            new BodyElement(at + 1, "tbody", at, ""),
            new BodyElement(at + 2, "tr", at + 1, ""),
            new BodyElement(at + 3, header ? "th" : "td", at + 2, w.Heading),
            new BodyElement(at + 4, "tr", at + 1, ""),
            new BodyElement(at + 5, "td", at + 4, w.Other),
        ]);

    private static Func<int, int, IEnumerable<BodyElement>> P(string text) => (at, parent) => [new BodyElement(at, "p", parent, text)];

    private static Func<int, int, IEnumerable<BodyElement>> H(int level, string text) => (at, parent) => [new BodyElement(at, "h" + level, parent, text)];

    private static Func<int, int, IEnumerable<BodyElement>> A(string text, string href) =>
        (at, parent) => [new BodyElement(at, "p", parent, text), new BodyElement(at + 1, "a", at, text) { Href = href }];

    private static Func<int, int, IEnumerable<BodyElement>> Img(string? alt, bool decorative = false) =>
        (at, parent) => [new BodyElement(at, "img", parent, "") { Alt = alt, Decorative = decorative }];

    private sealed record Words(string Code, string Vague, string Specific, string Caption, string Sentence, string Heading, string Other)
    {
        /// <summary>The sentence in capitals as its language writes them (Azerbaijani "ı" becomes "I").</summary>
        public string Capitals => Sentence.ToUpper(CultureInfo.GetCultureInfo(Code));
    }
}
