using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Infrastructure.Persistence.Configurations;

internal sealed class RetiredAddressConfiguration : IEntityTypeConfiguration<RetiredAddress>
{
    public void Configure(EntityTypeBuilder<RetiredAddress> builder)
    {
        // Read side: no key to any editorial table, so the public lookup stands on its own.
        builder.ToTable("RetiredAddresses");
        builder.HasKey(a => new { a.Culture, a.DocumentType, a.Slug });
        builder.Property(a => a.Culture).HasMaxLength(16);
        builder.Property(a => a.Slug).HasMaxLength(100);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(a => a.TargetItemId);
    }
}
