using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmbudsmanSite.Infrastructure.Checks;

namespace OmbudsmanSite.Infrastructure.Persistence.Configurations;

internal sealed class ExternalLinkConfiguration : IEntityTypeConfiguration<ExternalLink>
{
    public void Configure(EntityTypeBuilder<ExternalLink> builder)
    {
        builder.HasKey(l => l.Url);
        builder.Property(l => l.Url).HasMaxLength(ExternalLink.MaxUrlLength);
        builder.Property(l => l.Host).HasMaxLength(253);
        builder.Property(l => l.Outcome).HasConversion<string>().HasMaxLength(32);
        builder.Property(l => l.ClaimedBy).HasMaxLength(200);
        builder.HasIndex(l => new { l.Host, l.CheckedUtc });
    }
}
