namespace OmbudsmanSite.Core.Checks;

/// <summary>How a language's text is scored for reading ease.</summary>
public enum ReadabilityFormula
{
    /// <summary>
    /// Björnsson's LIX (1968): words per sentence plus the share of words longer than six letters, in
    /// percent. It needs no syllable rules or word lists, so it serves any language, Azerbaijani
    /// included, for which no validated reading-ease formula exists. Lower is easier.
    /// </summary>
    Lix,

    /// <summary>Flesch's reading ease (1948) for English: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. Higher is easier.</summary>
    FleschReadingEase,

    /// <summary>
    /// Flesch's reading ease with the coefficients I. V. Oborneva fitted to Russian (Оборнева И. В.,
    /// «Автоматизированная оценка сложности учебных текстов на основе статистических параметров»,
    /// dissertation, Moscow, 2006): 206.835 − 1.3 × words per sentence − 60.1 × syllables per word.
    /// Russian words are longer in syllables than English ones; the smaller syllable weight puts
    /// Russian texts on the English scale. Higher is easier.
    /// </summary>
    FleschOborneva,
}
