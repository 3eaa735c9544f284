namespace OmbudsmanSite.Core.Taxonomy;

public enum TaxonomyKind
{
    Topic,
    Organisation,
    Person,
}
