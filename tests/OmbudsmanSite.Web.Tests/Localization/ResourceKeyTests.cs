using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Core.Taxonomy;
using OmbudsmanSite.Infrastructure.Identity;
using OmbudsmanSite.Infrastructure.Mail;
using OmbudsmanSite.Web.Backoffice.Forms;
using OmbudsmanSite.Web.Components.Backoffice.Editor;

namespace OmbudsmanSite.Web.Tests.Localization;

/// <summary>
/// The backoffice, the site and the mails speak az, en and ru throughout: every key the code asks for
/// is in each language's file, also the keys built from a name ("State_" and a culture state), for
/// every name the code can build them from.
/// </summary>
public sealed class ResourceKeyTests
{
    private static readonly Lazy<IReadOnlyList<KeyUse>> Uses = new(SourceKeys.InRepository);

    /// <summary>What each built key is built from: the names the code fills in.</summary>
    private static readonly Dictionary<(StringFamily Family, string Template), IReadOnlyList<string>> BuiltFrom = new()
    {
        [(StringFamily.Backoffice, "Language_{}")] = Cultures(),
        [(StringFamily.Backoffice, "State_{}")] = Enum.GetNames<CultureState>(),
        [(StringFamily.Backoffice, "Format_{}")] = Enum.GetNames<MeetingFormat>(),
        [(StringFamily.Backoffice, "ReportKind_{}")] = Enum.GetNames<ReportKind>(),
        [(StringFamily.Backoffice, "ContentList_{}")] = DocumentTypes(),
        [(StringFamily.Backoffice, "New_{}")] = DocumentTypes(),
        [(StringFamily.Backoffice, "DateLabel_{}")] = Enum.GetNames<DocumentType>(),
        [(StringFamily.Backoffice, "Field_{}")] = FieldNames.Values,
        [(StringFamily.Backoffice, "FieldHint_{}")] = FieldNames.CultureTexts,
        [(StringFamily.Backoffice, "AuditAction_{}")] = Enum.GetNames<AuditAction>(),
        [(StringFamily.Backoffice, "ReviewKind_{}")] = Enum.GetNames<ReviewKind>(),
        [(StringFamily.Backoffice, "ReviewStatus_{}")] = Enum.GetNames<ReviewStatus>(),
        [(StringFamily.Backoffice, "ReviewVerdict_{}")] = Enum.GetNames<ReviewVerdict>(),
        [(StringFamily.Backoffice, "ScheduleAction_{}")] = Enum.GetNames<ScheduleAction>(),
        [(StringFamily.Backoffice, "ScheduleOutcome_{}")] = Enum.GetNames<ScheduleStatus>(),
        [(StringFamily.Backoffice, "VersionKind_{}")] = Enum.GetNames<VersionKind>(),
        [(StringFamily.Backoffice, "RedirectKind_{}")] = Enum.GetNames<RedirectKind>(),
        [(StringFamily.Backoffice, "ApiKeyScope_{}")] = Enum.GetNames<OmbudsmanSite.Core.Security.ApiKeyScope>(),
        [(StringFamily.Backoffice, "Check_{}")] = Enum.GetNames<OmbudsmanSite.Core.Checks.ContentCheck>(),
        [(StringFamily.Backoffice, "CheckName_{}")] = Enum.GetNames<OmbudsmanSite.Core.Checks.ContentCheck>(),
        [(StringFamily.Backoffice, "CheckSeverity_{}")] = Enum.GetNames<OmbudsmanSite.Core.Checks.CheckSeverity>(),
        [(StringFamily.Backoffice, "ReadabilityBand_{}")] = Enum.GetNames<OmbudsmanSite.Core.Checks.ReadabilityBand>(),
        [(StringFamily.Backoffice, "ReadabilityFormula_{}")] = Enum.GetNames<OmbudsmanSite.Core.Checks.ReadabilityFormula>(),
        [(StringFamily.Backoffice, "Role_{}")] = BackofficeRoles.All,
        [(StringFamily.Backoffice, "RolePlural_{}")] = BackofficeRoles.All,
        [(StringFamily.Backoffice, "RoleName_{}")] = BackofficeRoles.All,
        [(StringFamily.Backoffice, "Dialog_{}")] = Enum.GetNames<PublishingActions.Mode>(),
        [(StringFamily.Backoffice, "Confirm_{}")] = Enum.GetNames<PublishingActions.Mode>(),
        // The delete dialog explains instead of listing the languages.
        [(StringFamily.Backoffice, "CulturesTo{}")] = [.. Enum.GetNames<PublishingActions.Mode>().Where(m => m != nameof(PublishingActions.Mode.Delete))],
        [(StringFamily.Backoffice, "Merge_{}")] = Enum.GetNames<MergeView.MergeChoice>(),
        [(StringFamily.Backoffice, "Create_{}")] = Enum.GetNames<TaxonomyKind>(),
        [(StringFamily.Backoffice, "RichText_{}")] = RichTextEditor.Labels,
        [(StringFamily.Backoffice, "FormProblemTitle_{}")] = Enum.GetNames<FormProblem>(),
        [(StringFamily.Backoffice, "FormProblemBody_{}")] = Enum.GetNames<FormProblem>(),
        [(StringFamily.Backoffice, "FormProblemNext_{}")] = Enum.GetNames<FormProblem>(),
        [(StringFamily.Backoffice, "Notify_{}")] = [.. MailKinds.Optional.Select(k => k.ToString())],
        [(StringFamily.Backoffice, "PasswordWeak_{}")] = PasswordStrengthValidator.Patterns,
        [(StringFamily.Backoffice, "BulkAction_{}")] = Enum.GetNames<BulkAction>(),
        [(StringFamily.Backoffice, "BulkConfirm_{}")] = Enum.GetNames<BulkAction>(),
        [(StringFamily.Backoffice, "BulkDo_{}")] = Enum.GetNames<BulkAction>(),
        [(StringFamily.Backoffice, "BulkDone_{}")] = Enum.GetNames<BulkAction>(),
        [(StringFamily.Backoffice, "BulkOutcome_{}")] = Enum.GetNames<BulkAction>(),
        [(StringFamily.Site, "Section_{}")] = [.. Sections.Listed.Select(s => s.ToString())],
        [(StringFamily.Site, "SectionDescription_{}")] = [.. Sections.Listed.Select(s => s.ToString())],
        [(StringFamily.Site, "Type_{}")] = DocumentTypes(),
        [(StringFamily.Site, "MeetingFormat_{}")] = Enum.GetNames<MeetingFormat>(),
        [(StringFamily.Site, "ReportKind_{}")] = Enum.GetNames<ReportKind>(),
        [(StringFamily.Mail, "Language_{}")] = Cultures(),
        [(StringFamily.Mail, "Schedule_{}")] = Enum.GetNames<ScheduleAction>(),
        [(StringFamily.Mail, "{}_Subject")] = Enum.GetNames<MailKind>(),
        [(StringFamily.Mail, "{}_Body")] = Enum.GetNames<MailKind>(),
        [(StringFamily.Mail, "{}_Action")] = Enum.GetNames<MailKind>(),
    };

    [Fact]
    public void Every_language_has_the_same_keys()
    {
        foreach (var family in StringFamily.All)
        {
            var files = family.Files();
            Assert.Equal(["az", "en", "ru"], files.Keys.Order(StringComparer.Ordinal));
            var neutral = files["en"].Keys.ToHashSet(StringComparer.Ordinal);
            foreach (var (culture, strings) in files)
            {
                Assert.True(neutral.SetEquals(strings.Keys), $"{family}.{culture}: missing [{string.Join(", ", neutral.Except(strings.Keys))}], extra [{string.Join(", ", strings.Keys.Except(neutral))}]");
                Assert.All(strings, s => Assert.False(string.IsNullOrWhiteSpace(s.Value), $"{family}.{culture}: {s.Key} is empty"));
            }
        }
    }

    [Fact]
    public void Every_key_the_code_names_is_in_every_language()
    {
        var missing = Uses.Value.Where(u => !u.IsBuilt)
            .Where(u => u.Family.Files().Values.Any(strings => !strings.ContainsKey(u.Key)))
            .Select(u => $"{u.Family} {u.Key} ({u.File})")
            .ToList();

        Assert.Empty(missing);
        Assert.True(Uses.Value.Count(u => !u.IsBuilt) > 500, "the scan reads the code's keys");
    }

    [Fact]
    public void Every_key_built_from_a_name_is_in_every_language_for_every_name()
    {
        var templates = Uses.Value.Where(u => u.IsBuilt).Select(u => (u.Family, Template: u.Key)).ToHashSet();
        var unknown = templates.Where(t => !BuiltFrom.ContainsKey(t)).Select(t => $"{t.Family} {t.Template}").ToList();
        Assert.True(unknown.Count == 0, $"Keys built from names this test does not know; add what they are built from: {string.Join(", ", unknown)}");
        var unused = BuiltFrom.Keys.Where(t => !templates.Contains(t)).Select(t => $"{t.Family} {t.Template}").ToList();
        Assert.True(unused.Count == 0, $"No code builds these any more: {string.Join(", ", unused)}");

        var built = BuiltFrom.SelectMany(p => p.Value.Select(name => (p.Key.Family, Key: p.Key.Template.Replace("{}", name, StringComparison.Ordinal)))).ToList();
        var missing = built.Where(k => k.Family.Files().Values.Any(strings => !strings.ContainsKey(k.Key))).Select(k => $"{k.Family} {k.Key}").ToList();
        Assert.Empty(missing);
        Assert.True(built.Count > 200, $"{built.Count} built keys");
    }

    [Fact]
    public void The_scan_sees_literal_conditional_and_built_keys()
    {
        const string Razor = """
            <h1>@Text["Dashboard"]</h1>
            <p>@Text[Busy ? "Saving" : "Saved"] @Text.Format("YourRoles", Text.Roles(roles))</p>
            <span>@Text[$"State_{item.Shown}"] @Text.Format($"Create_{Kind}", words.Trim()) @context.Text["Section_" + section]</span>
            <abbr title="@Text[file.FileType == "PDF" ? "FileType_PDF" : "FileType_Other"]">
            @code { private string Other => text[..4]; }
            """;

        var uses = SourceKeys.In("src/OmbudsmanSite.Web/Components/Backoffice/Pages/Sample.razor", Razor).ToList();

        Assert.All(uses, u => Assert.Same(StringFamily.Backoffice, u.Family));
        Assert.Equal(["Dashboard", "Saving", "Saved", "YourRoles", "State_{}", "Create_{}", "Section_{}", "FileType_PDF", "FileType_Other"], uses.Select(u => u.Key));
        Assert.Equal([false, false, false, false, true, true, true, false, false], uses.Select(u => u.IsBuilt));
        Assert.Empty(SourceKeys.In("src/OmbudsmanSite.Infrastructure/Search/Highlighter.cs", "var head = text[..4]; Text[\"NotAKey\"];"));
    }

    [Fact]
    public void A_language_name_put_in_a_sentence_does_not_double_a_word()
    {
        // "Azərbaycan dili dilindən": the name already says "language"; the sentence must not say it again.
        var doubled = new List<string>();
        foreach (var family in StringFamily.All)
        {
            foreach (var (culture, strings) in family.Files())
            {
                var names = strings.Where(s => s.Key.StartsWith("Language_", StringComparison.Ordinal)).Select(s => s.Value).ToList();
                foreach (var (key, template) in strings.Where(s => s.Value.Contains("{0}", StringComparison.Ordinal)))
                {
                    foreach (var name in names)
                    {
                        for (var hole = 0; hole < 6 && template.Contains($"{{{hole}}}", StringComparison.Ordinal); hole++)
                        {
                            var sentence = template.Replace($"{{{hole}}}", $"\u0001{name}\u0002", StringComparison.Ordinal);
                            if (DoubledWordAround(sentence) is { } pair)
                            {
                                doubled.Add($"{family}.{culture} {key}: {pair}");
                            }
                        }
                    }
                }
            }
        }

        Assert.Empty(doubled);
        Assert.Equal("dili dilindən", DoubledWordAround("{0} sahəsini \u0001Azərbaycan dili\u0002 dilindən köçür"));
    }

    /// <summary>Two words meeting at the name's edges (marked \u0001 and \u0002) that share their first four letters.</summary>
    private static string? DoubledWordAround(string sentence)
    {
        var start = sentence.IndexOf('\u0001', StringComparison.Ordinal);
        var end = sentence.IndexOf('\u0002', StringComparison.Ordinal);
        var name = Words(sentence[(start + 1)..end]);
        var before = Words(sentence[..start]);
        var after = Words(sentence[(end + 1)..]);
        if (name.Count == 0)
        {
            return null;
        }

        if (before.Count > 0 && Same(before[^1], name[0]))
        {
            return $"{before[^1]} {name[0]}";
        }

        return after.Count > 0 && Same(name[^1], after[0]) ? $"{name[^1]} {after[0]}" : null;

        static bool Same(string a, string b) =>
            a.Length >= 4 && b.Length >= 4 && string.Equals(a[..4], b[..4], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The words, punctuation and placeholders breaking them: "{1}: Rus dili" after a colon is not next to "dili".</summary>
    private static List<string> Words(string text) =>
        [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.All(char.IsLetter) ? w : "")];

    private static string[] Cultures() =>
        [.. Directory.GetFiles(Path.Combine(TestEnvironment.RepositoryRoot(), "uSync", "Languages"), "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>()];

    private static string[] DocumentTypes() => [.. Enum.GetValues<DocumentType>().Select(DocumentTypeAliases.AliasOf)];
}
