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
        "az" => new ChainAnalyzer(turkic: true, stream => new AzerbaijaniLightStemFilter(new AzerbaijaniFoldingFilter(new CrossScriptKeyFilter(stream, capitalisedOnly: forIndexing), addSchwaAsA: forIndexing))),
        "ru" => new ChainAnalyzer(turkic: false, stream => new SnowballFilter(new YoFoldingFilter(new CrossScriptKeyFilter(stream, capitalisedOnly: forIndexing)), new RussianStemmer())),
        _ => new ChainAnalyzer(turkic: false, stream => new PorterStemFilter(new EnglishPossessiveFilter(Version, new CrossScriptKeyFilter(stream, capitalisedOnly: forIndexing)))),
    };

    /// <summary>
    /// Whole words, folded but not stemmed: for prefixes typed so far ("gör" must reach "görüşlər",
    /// which a stemmer would have cut differently) and for exact-word matches.
    /// </summary>
    public static Analyzer ForPrefixes(string culture, bool forIndexing) => culture switch
    {
        "az" => new ChainAnalyzer(turkic: true, stream => new AzerbaijaniFoldingFilter(stream, addSchwaAsA: forIndexing)),
        "ru" => new ChainAnalyzer(turkic: false, stream => new YoFoldingFilter(stream)),
        _ => new ChainAnalyzer(turkic: false, stream => stream),
    };

    /// <summary>
    /// Standard tokenizer, lowercasing (Turkish rules for az: İ→i, I→ı, where Lucene's LowerCaseFilter
    /// leaves İ alone), the language's own filters, then ASCII folding of whatever accents are left.
    /// </summary>
    private sealed class ChainAnalyzer(bool turkic, Func<TokenStream, TokenStream> language) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new CapitalisedWordFilter(source);
            stream = turkic ? new TurkishLowerCaseFilter(stream) : new LowerCaseFilter(Version, stream);
            stream = new ASCIIFoldingFilter(language(stream));
            return new TokenStreamComponents(source, stream);
        }

        // Several values of one field (the names of a meeting's participants) must not make phrases across each other.
        public override int GetPositionIncrementGap(string fieldName) => 100;
    }
}
