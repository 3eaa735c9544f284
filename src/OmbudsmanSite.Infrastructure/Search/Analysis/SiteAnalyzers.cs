using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Tr;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace OmbudsmanSite.Infrastructure.Search.Analysis;

/// <summary>
/// One analysis chain per language, where Examine has one per index. Every chain adds cross-script
/// name keys, so a name typed in Latin finds it in Cyrillic and the other way round.
/// <list type="bullet">
/// <item>az: Turkish lowercasing (İ→i, I→ı; Lucene's LowerCaseFilter leaves İ alone), ə→e and, when
/// indexing, ə→a beside it, folding of ı ş ç ğ ö ü, the light stemmer, ASCII folding of the rest.</item>
/// <item>en: lowercasing, possessives, Porter stemming.</item>
/// <item>ru: lowercasing, Snowball Russian stemming (ё folded to е first).</item>
/// </list>
/// </summary>
public static class SiteAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The analyzer for a culture's fields; <paramref name="forIndexing"/> adds the ə→a variants.</summary>
    public static Analyzer For(string culture, bool forIndexing) => culture switch
    {
        "az" => new AzerbaijaniAnalyzer(forIndexing),
        "ru" => new ChainAnalyzer(stream => new SnowballFilter(new YoFoldingFilter(stream), new RussianStemmer())),
        _ => new ChainAnalyzer(stream => new PorterStemFilter(new EnglishPossessiveFilter(Version, stream))),
    };

    private sealed class AzerbaijaniAnalyzer(bool forIndexing) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new TurkishLowerCaseFilter(source);
            stream = new CrossScriptKeyFilter(stream);
            stream = new AzerbaijaniFoldingFilter(stream, addSchwaAsA: forIndexing);
            stream = new AzerbaijaniLightStemFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }

    private sealed class ChainAnalyzer(Func<TokenStream, TokenStream> language) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, source);
            stream = new CrossScriptKeyFilter(stream);
            stream = language(stream);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }
}
