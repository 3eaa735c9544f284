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
}
