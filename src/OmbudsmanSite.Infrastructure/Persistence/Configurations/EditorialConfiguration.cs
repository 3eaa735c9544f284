using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Infrastructure.Persistence.Configurations;

internal sealed class EditorialConfiguration :
    IEntityTypeConfiguration<Document>,
    IEntityTypeConfiguration<DocumentCulture>,
    IEntityTypeConfiguration<DocumentTitleWord>,
    IEntityTypeConfiguration<DocumentVersion>,
    IEntityTypeConfiguration<ContentSchedule>,
    IEntityTypeConfiguration<Redirect>,
    IEntityTypeConfiguration<AuditEntry>,
    IEntityTypeConfiguration<ContentChange>,
    IEntityTypeConfiguration<EditorAutosave>,
    IEntityTypeConfiguration<ReviewRequest>,
    IEntityTypeConfiguration<EditorPresence>
{
    public void Configure(EntityTypeBuilder<Document> builder)
    {
        builder.ToTable("Documents");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();

        // The database checks it: an UPDATE on a stale revision touches no row, and EF reports a conflict.
        builder.Property(d => d.Revision).IsConcurrencyToken();
        builder.Property(d => d.CreatedById).HasMaxLength(200);
        builder.Property(d => d.CreatedByName).HasMaxLength(200);
        builder.Property(d => d.UpdatedById).HasMaxLength(200);
        builder.Property(d => d.UpdatedByName).HasMaxLength(200);
        builder.Property(d => d.DeletedByName).HasMaxLength(200);
        builder.Property(d => d.LegacyId).HasMaxLength(200);
        builder.HasIndex(d => d.LegacyId).IsUnique();
        // An editor's list: one type, not in the bin, newest first (id breaks ties), read backwards off
        // the index. Partial, because PostgreSQL orders by an index only past equality conditions: with
        // "DeletedUtc IS NULL" as a column in front, it sorted all 100,000 items for every page (34 ms).
        builder.HasIndex(d => new { d.Type, d.UpdatedUtc, d.Id }, "IX_Documents_Live_Type_UpdatedUtc_Id").HasFilter("\"DeletedUtc\" IS NULL");
        builder.HasIndex(d => new { d.Type, d.UpdatedById, d.UpdatedUtc, d.Id }, "IX_Documents_Live_Type_UpdatedById_UpdatedUtc_Id").HasFilter("\"DeletedUtc\" IS NULL");
        builder.HasMany<DocumentCulture>().WithOne().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<DocumentVersion>().WithOne().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<ContentSchedule>().WithOne().HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<DocumentCulture> builder)
    {
        builder.ToTable("DocumentCultures");
        builder.HasKey(c => new { c.DocumentId, c.Culture });
        builder.Property(c => c.Culture).HasMaxLength(16);
        builder.Property(c => c.Slug).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Title).HasMaxLength(500).IsRequired();
        builder.Property(c => c.PublishedByName).HasMaxLength(200);
        builder.Property(c => c.UpdatedByName).HasMaxLength(200);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(32);

        // Deleted items keep their slugs, so a restore finds its addresses free.
        builder.HasIndex(c => new { c.Culture, c.DocumentType, c.Slug }).IsUnique();
        builder.HasIndex(c => new { c.Culture, c.State });
        builder.HasIndex(c => new { c.IsOutOfDate, c.UpdatedUtc });
        builder.HasMany<DocumentTitleWord>().WithOne().HasForeignKey(w => new { w.DocumentId, w.Culture }).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<DocumentTitleWord> builder)
    {
        builder.ToTable("DocumentTitleWords");
        // The key serves one item's words (kept in step with its titles); the index serves a list's
        // search, a range from the typed prefix (byte order: PostgreSQL's column collates as "C").
        builder.HasKey(w => new { w.DocumentId, w.Culture, w.Word });
        builder.Property(w => w.Culture).HasMaxLength(16);
        builder.Property(w => w.Word).HasMaxLength(TitleWords.MaxWordLength);
        builder.HasIndex(w => new { w.Word, w.DocumentId });
    }

    public void Configure(EntityTypeBuilder<DocumentVersion> builder)
    {
        builder.ToTable("DocumentVersions");
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.DocumentId, v.Number }).IsUnique();
        builder.HasIndex(v => v.CreatedUtc);
        builder.Property(v => v.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.AuthorId).HasMaxLength(200);
        builder.Property(v => v.AuthorName).HasMaxLength(200);
        builder.Property(v => v.CulturesChanged).HasMaxLength(200);
        builder.Property(v => v.Comment).HasMaxLength(1000);
        builder.Property(v => v.ValuesJson).IsRequired();
    }

    public void Configure(EntityTypeBuilder<ContentSchedule> builder)
    {
        builder.ToTable("ContentSchedules");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Culture).HasMaxLength(16);
        builder.Property(s => s.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.CreatedById).HasMaxLength(200);
        builder.Property(s => s.CreatedByName).HasMaxLength(200);
        builder.Property(s => s.ClaimedBy).HasMaxLength(200);
        builder.Property(s => s.FailureReason).HasMaxLength(500);
        builder.Property(s => s.CancelledByName).HasMaxLength(200);
        builder.HasIndex(s => new { s.Status, s.DueUtc });
        builder.HasIndex(s => s.CompletedUtc);
        builder.HasIndex(s => new { s.DocumentId, s.Culture });
    }

    public void Configure(EntityTypeBuilder<Redirect> builder)
    {
        builder.ToTable("Redirects");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Culture).HasMaxLength(16);
        builder.Property(r => r.Slug).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.CreatedByName).HasMaxLength(200);
        builder.HasIndex(r => new { r.Culture, r.DocumentType, r.Slug }).IsUnique();
        builder.HasIndex(r => r.TargetDocumentId);
    }

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.UserId).HasMaxLength(200);
        builder.Property(a => a.UserName).HasMaxLength(200);
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Cultures).HasMaxLength(100);
        builder.Property(a => a.Detail).HasMaxLength(AuditEntry.MaxDetailLength);

        // Newest first (time, then id), narrowed by one of these and a time range: each query walks
        // one index backwards and stops after a page, at a million rows as at a hundred.
        builder.HasIndex(a => new { a.DocumentId, a.Utc, a.Id });
        builder.HasIndex(a => new { a.UserId, a.Utc, a.Id });
        builder.HasIndex(a => new { a.Action, a.Utc, a.Id });
        builder.HasIndex(a => new { a.Utc, a.Id });
    }

    public void Configure(EntityTypeBuilder<ContentChange> builder)
    {
        builder.ToTable("ContentChanges");
        builder.HasKey(c => c.Sequence);
        builder.Property(c => c.Sequence).ValueGeneratedOnAdd();
        builder.Property(c => c.Cultures).HasMaxLength(100);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
    }

    public void Configure(EntityTypeBuilder<EditorAutosave> builder)
    {
        builder.ToTable("EditorAutosaves");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.UserId).HasMaxLength(200);
        builder.HasIndex(a => new { a.DocumentId, a.UserId }).IsUnique();
        builder.Property(a => a.ValuesJson).IsRequired();
        builder.Property(a => a.SlugsJson).IsRequired();
    }

    public void Configure(EntityTypeBuilder<ReviewRequest> builder)
    {
        builder.ToTable("ReviewRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Cultures).HasMaxLength(100);
        builder.Property(r => r.Verdicts).HasMaxLength(300);
        builder.Property(r => r.Note).HasMaxLength(ReviewRequest.MaxNoteLength);
        builder.Property(r => r.Comment).HasMaxLength(ReviewRequest.MaxNoteLength);
        builder.Property(r => r.SubmittedById).HasMaxLength(200);
        builder.Property(r => r.SubmittedByName).HasMaxLength(200);
        builder.Property(r => r.DecidedByName).HasMaxLength(200);
        builder.HasIndex(r => new { r.Status, r.SubmittedUtc });
        builder.HasIndex(r => new { r.DocumentId, r.Status });
        builder.HasOne<Document>().WithMany().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<EditorPresence> builder)
    {
        builder.ToTable("EditorPresences");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.SessionId).IsUnique();
        builder.HasIndex(p => new { p.DocumentId, p.SeenUtc });
        builder.Property(p => p.UserId).HasMaxLength(200);
        builder.Property(p => p.UserName).HasMaxLength(200);
        builder.Property(p => p.Culture).HasMaxLength(16);
        builder.Property(p => p.TakenOverByName).HasMaxLength(200);
        builder.HasOne<Document>().WithMany().HasForeignKey(p => p.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
