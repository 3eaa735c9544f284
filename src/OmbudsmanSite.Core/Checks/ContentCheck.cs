namespace OmbudsmanSite.Core.Checks;

/// <summary>What a finding is about. The backoffice words each one ("Check.ImageWithoutAlt").</summary>
public enum ContentCheck
{
    ImageWithoutAlt,
    AltIsFileName,
    AltRepeatsCaption,
    AltTooLong,
    HeadingEmpty,
    HeadingSkipsLevel,
    HeadingOneInBody,
    LinkTextSaysNothing,
    LinkTextIsAddress,
    LinkTextLeadsToDifferentPlaces,
    LinkToUnavailableItem,
    TableWithoutHeaderRow,
    ParagraphInCapitals,
    FakeList,
    TitleTooLong,
    SummaryMissing,
    SeoDescriptionMissing,

    /// <summary>A report's PDF has no text to read: a scan, which a screen reader cannot read nor search find.</summary>
    ReportFileWithoutText,

    /// <summary>A report's PDF declares no language: a screen reader reads it in whatever voice it has.</summary>
    ReportFileWithoutLanguage,

    /// <summary>A report's PDF declares a language other than the one it is offered in.</summary>
    ReportFileLanguageDiffers,

    /// <summary>The external links below come from the last background check of the address (<see cref="LinkRules"/>).</summary>
    ExternalLinkNotFound,
    ExternalLinkFails,
    ExternalLinkRedirectLoop,
    ExternalLinkTooManyRedirects,
    ExternalLinkUnreachable,
    ExternalLinkRedirected,
    ExternalLinkSlow,
    ExternalLinkTlsError,
}
