using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Taxonomy;

namespace OmbudsmanSite.Infrastructure.Persistence.Configurations;

internal sealed class ContentItemConfiguration : IEntityTypeConfiguration<ContentItem>
{
    public void Configure(EntityTypeBuilder<ContentItem> builder)
    {
        builder.ToTable("ContentItems");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => new { c.Type, c.DateUtc });
        builder.HasIndex(c => new { c.Type, c.SortUtc, c.Id }).IsDescending(false, true, false);
        builder.HasIndex(c => c.WithdrawnUtc); // the few withdrawn items, counted apart from a list's total

        // Read and written through its field: the setter keeps SortUtc in step, which loading must not redo.
        builder.Property(c => c.DateUtc).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsOne(c => c.Meeting, meeting =>
        {
            meeting.Property(m => m.Format).HasColumnName("MeetingFormat");
            meeting.Property(m => m.Location).HasColumnName("MeetingLocation");
        });
        builder.OwnsOne(c => c.Report, report =>
        {
            report.Property(r => r.Year).HasColumnName("ReportYear");
            report.Property(r => r.Kind).HasColumnName("ReportKind");
            report.Property(r => r.Files).HasColumnName("ReportFiles");
        });

        builder.HasMany(c => c.Variants).WithOne().HasForeignKey(v => v.ContentItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Taxonomy).WithOne().HasForeignKey(l => l.ContentItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Participants).WithOne().HasForeignKey(p => p.ContentItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Variants).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Taxonomy).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Participants).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ContentVariantConfiguration : IEntityTypeConfiguration<ContentVariant>
{
    public void Configure(EntityTypeBuilder<ContentVariant> builder)
    {
        builder.ToTable("ContentVariants");
        builder.HasKey(v => new { v.ContentItemId, v.Culture });
        builder.Property(v => v.Culture).HasMaxLength(16);
        builder.Property(v => v.Title).HasMaxLength(500).IsRequired();
        builder.Property(v => v.Slug).HasMaxLength(100).IsRequired();
        builder.Property(v => v.Summary).HasMaxLength(2000);
        builder.Property(v => v.SeoDescription).HasMaxLength(500);

        // Slugs are unique within a culture and a section (document type).
        builder.HasIndex(v => new { v.Culture, v.DocumentType, v.Slug }).IsUnique();
        builder.HasIndex(v => new { v.Culture, v.DocumentType });
    }
}

internal sealed class MeetingParticipantConfiguration : IEntityTypeConfiguration<MeetingParticipant>
{
    public void Configure(EntityTypeBuilder<MeetingParticipant> builder)
    {
        builder.ToTable("MeetingParticipants");
        builder.HasKey(p => p.Id);
        builder.HasOne<TaxonomyItem>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TaxonomyItem>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.PersonId);
    }
}

internal sealed class TaxonomyConfiguration : IEntityTypeConfiguration<TaxonomyItem>, IEntityTypeConfiguration<ContentTaxonomyLink>
{
    public void Configure(EntityTypeBuilder<TaxonomyItem> builder)
    {
        builder.ToTable("TaxonomyItems");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Alias).HasMaxLength(100).IsRequired();
        builder.HasIndex(t => new { t.Kind, t.Alias }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ContentTaxonomyLink> builder)
    {
        builder.ToTable("ContentTaxonomy");
        builder.HasKey(l => new { l.ContentItemId, l.TaxonomyItemId });
        builder.HasOne<TaxonomyItem>().WithMany().HasForeignKey(l => l.TaxonomyItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => l.TaxonomyItemId);
    }
}

internal sealed class DocumentTypeDefinitionConfiguration : IEntityTypeConfiguration<DocumentTypeDefinition>
{
    public void Configure(EntityTypeBuilder<DocumentTypeDefinition> builder)
    {
        builder.ToTable("DocumentTypes");
        builder.HasKey(d => d.Type);
        builder.Property(d => d.AllowedBlocks).HasMaxLength(500);
    }
}

internal sealed class SyncRecordConfiguration : IEntityTypeConfiguration<SyncRecord>
{
    public void Configure(EntityTypeBuilder<SyncRecord> builder)
    {
        builder.ToTable("SyncRecords");
        builder.HasKey(r => r.Path);
        builder.Property(r => r.Path).HasMaxLength(400);
        builder.Property(r => r.Hash).HasMaxLength(64);
    }
}
