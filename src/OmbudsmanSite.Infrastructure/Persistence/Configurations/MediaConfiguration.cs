using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Media;

namespace OmbudsmanSite.Infrastructure.Persistence.Configurations;

internal sealed class MediaConfiguration : IEntityTypeConfiguration<MediaItem>, IEntityTypeConfiguration<MediaFolder>, IEntityTypeConfiguration<MediaText>, IEntityTypeConfiguration<MediaUse>
{
    public void Configure(EntityTypeBuilder<MediaItem> builder)
    {
        builder.ToTable("MediaItems");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Name).HasMaxLength(300).IsRequired();
        builder.Property(m => m.StoragePath).HasMaxLength(400).IsRequired();
        builder.Property(m => m.ContentHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(m => m.FolderId);
        builder.HasOne<MediaFolder>().WithMany().HasForeignKey(m => m.FolderId).OnDelete(DeleteBehavior.Restrict);

        // A media item in use cannot be deleted from under a page.
        builder.HasMany<ContentItem>().WithOne().HasForeignKey(c => c.ImageId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<MediaFolder> builder)
    {
        builder.ToTable("MediaFolders");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(f => new { f.ParentId, f.Name }).IsUnique();
        builder.HasOne<MediaFolder>().WithMany().HasForeignKey(f => f.ParentId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<MediaText> builder)
    {
        builder.ToTable("MediaTexts");
        builder.HasKey(t => t.MediaItemId);
        builder.HasOne<MediaItem>().WithOne().HasForeignKey<MediaText>(t => t.MediaItemId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<MediaUse> builder)
    {
        builder.ToTable("MediaUses");
        // The key answers "which media does this item use" (rewritten with each write of the item); the
        // index "which items use this media" and "is it used at all".
        builder.HasKey(u => new { u.DocumentId, u.MediaItemId });
        builder.HasIndex(u => u.MediaItemId);
        builder.HasOne<Document>().WithMany().HasForeignKey(u => u.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<MediaItem>().WithMany().HasForeignKey(u => u.MediaItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
