using OmbudsmanSite.Core.Import;

namespace OmbudsmanSite.Core.Tests.Import;

/// <summary>The parser against the five real scraped articles, and against the ways such files go wrong.</summary>
public sealed class LegacyArticleParserTests
{
    private static readonly TimeZoneInfo Baku = TimeZoneInfo.FindSystemTimeZoneById("Asia/Baku");

    private static LegacyArticle ParseSeed(string name) =>
        LegacyArticleParser.Parse(name, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "LegacySeeds", name)), Baku);

    [Fact]
    public void Reads_the_news_agency_date_line_with_time_and_offset()
    {
        var article = ParseSeed("000_58c1a76f1123a31b.txt");

        Assert.Equal(new DateTime(2024, 7, 11, 11, 25, 0, DateTimeKind.Utc), article.DateUtc);
        Assert.Null(article.ViewCount);
        Assert.StartsWith("A meeting was recently held with Sabina Ymeri", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal(6, article.Paragraphs.Count);
    }

    [Fact]
    public void Derives_a_title_from_the_first_sentence_when_the_page_has_none()
    {
        var article = ParseSeed("004_a795c77feea81a1c.txt");

        Assert.True(article.TitleWasDerived);
        Assert.StartsWith("A meeting was held at the Office of the Commissioner", article.Title, StringComparison.Ordinal);
        Assert.True(article.Title.Length <= 151);
        Assert.Contains(article.Warnings, w => w.Contains("title", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Reads_the_old_cms_layout_and_strips_its_chrome()
    {
        var article = ParseSeed("001_669d4491f9179dbd.txt");

        Assert.Equal("Ombudsman held an online meeting with several NGO directors and human rights defenders", article.Title);
        Assert.False(article.TitleWasDerived);
        Assert.Equal(368, article.ViewCount);
        Assert.Equal(new DateTime(2020, 5, 21, 20, 0, 0, DateTimeKind.Utc), article.DateUtc); // midnight in Baku
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Javascript", StringComparison.Ordinal) || p.Contains("Call center", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, p => p == article.Title);
        Assert.StartsWith("The Commissioner for Human Rights (Ombudsman)", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal("001_669d4491f9179dbd", article.LegacyId);
    }

    [Fact]
    public void Keeps_the_view_count_of_the_second_cms_article()
    {
        var article = ParseSeed("003_4c0f08b7619c8bd2.txt");

        Assert.Equal(310, article.ViewCount);
        Assert.Equal(new DateTime(2021, 2, 18, 20, 0, 0, DateTimeKind.Utc), article.DateUtc);
        Assert.StartsWith("Prospects for future cooperation", article.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Imports_a_page_with_neither_date_nor_title_with_warnings()
    {
        var article = ParseSeed("002_c4605cd829639fbc.txt");

        Assert.Null(article.DateUtc);
        Assert.True(article.TitleWasDerived);
        Assert.Equal("The Ombudsman of Azerbaijan, Sabina Aliyeva, received the Secretary-General of the Inter-Parliamentary Union, Martin Chungong", article.Title);
        Assert.Equal(2, article.Warnings.Count);
        Assert.Equal(11, article.Paragraphs.Count);
    }

    [Fact]
    public void Collapses_doubled_spaces_in_paragraphs()
    {
        var article = ParseSeed("001_669d4491f9179dbd.txt");

        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("  ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("date 2024-13-45 45 Smarch 2024 15:25 (UTC+04:00)\n\nBody.", 1)]
    [InlineData("\n\ndate yesterday\nBody.", 3)]
    [InlineData("Please ensure Javascript is enabled for purposes of website accessibility\nTitle\n\n31-02-2020 5 dəfə oxunub\nBody.", 4)]
    [InlineData("Title\n\n22-05-2020 many dəfə oxunub\nBody.", 3)]
    public void Names_the_line_of_a_malformed_date(string text, int line)
    {
        var error = Assert.Throws<LegacyImportException>(() => LegacyArticleParser.Parse("bad.txt", text, Baku));

        Assert.Equal("bad.txt", error.SourceName);
        Assert.Equal(line, error.Line);
        Assert.StartsWith($"bad.txt:{line}: unreadable date line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_an_empty_file()
    {
        var error = Assert.Throws<LegacyImportException>(() => LegacyArticleParser.Parse("empty.txt", " \n\n ", Baku));

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_page_with_a_header_but_no_body()
    {
        var error = Assert.Throws<LegacyImportException>(() =>
            LegacyArticleParser.Parse("hollow.txt", "Call center 916\nTitle\n22-05-2020 1 dəfə oxunub\nTitle\n", Baku));

        Assert.Contains("no body", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_binary_content()
    {
        var error = Assert.Throws<LegacyImportException>(() => LegacyArticleParser.Parse("x.txt", "MZ\0\0\u0003", Baku));

        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encodes_paragraphs_as_html()
    {
        var html = LegacyArticleParser.ToBodyHtml(["Rights & <freedoms>", "Səbinə Əliyeva"]);

        Assert.Equal("<p>Rights &amp; &lt;freedoms&gt;</p>\n<p>Səbinə Əliyeva</p>", html);
    }
}
