using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Core.Tests.Editorial;

public sealed class TextStatisticsTests
{
    [Theory]
    [InlineData("", 0, 0)]
    [InlineData("   \n ", 0, 0)]
    [InlineData("Ombudsman Şəkidə", 2, 16)]
    [InlineData("Уполномоченный  по\n правам человека — 2024 год.", 6, 45)] // runs of spaces count once; the dash is no word
    [InlineData("insan-hüquq müdafiəçisi O'Brien’in", 3, 34)] // hyphens and apostrophes inside a word keep it one
    public void Words_and_characters_are_counted_as_writers_count_them(string text, int words, int characters) =>
        Assert.Equal(new TextStatistics(words, characters), TextStatistics.Of(text));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(200, 1)]
    [InlineData(201, 2)]
    [InlineData(1000, 5)]
    public void Reading_time_is_whole_minutes_rounded_up(int words, int minutes) =>
        Assert.Equal(minutes, new TextStatistics(words, words * 6).ReadingMinutes(200));
}
