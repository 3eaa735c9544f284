using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmbudsmanSite.Infrastructure.Checks;

namespace OmbudsmanSite.Infrastructure.Persistence.Configurations;

internal sealed class StoredItemCheckConfiguration : IEntityTypeConfiguration<StoredItemCheck>, IEntityTypeConfiguration<StoredCheckFinding>
{
    public void Configure(EntityTypeBuilder<StoredItemCheck> builder)
    {
        builder.ToTable("ItemChecks");
        builder.HasKey(c => c.DocumentId);
        builder.Property(c => c.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Title).HasMaxLength(StoredItemCheck.MaxTitleLength);
        builder.Property(c => c.TitleCulture).HasMaxLength(16);
        builder.Property(c => c.EditedBy).HasMaxLength(200);
        builder.HasMany(c => c.Findings).WithOne().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.Errors, c.Warnings });
    }

    public void Configure(EntityTypeBuilder<StoredCheckFinding> builder)
    {
        builder.ToTable("ItemCheckFindings");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Culture).HasMaxLength(16);
        builder.Property(f => f.Check).HasConversion<string>().HasMaxLength(64);
        builder.Property(f => f.Severity).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Field).HasMaxLength(64);
        builder.HasIndex(f => new { f.Check, f.Culture });
        builder.HasIndex(f => f.DocumentId);
    }
}
