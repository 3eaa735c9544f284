namespace OmbudsmanSite.Core.Content;

public enum MissingAddressKind
{
    NotFound,
    MovedPermanently,
    Gone,
}
