using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Infrastructure.Persistence.Configurations;

internal sealed class ChangeNoteConfiguration : IEntityTypeConfiguration<ChangeNote>
{
    public void Configure(EntityTypeBuilder<ChangeNote> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Culture).HasMaxLength(16);
        builder.Property(n => n.Note).HasMaxLength(ChangeNote.MaxLength);
        builder.Property(n => n.ByName).HasMaxLength(200);
        builder.HasIndex(n => new { n.DocumentId, n.Culture, n.Utc });
    }
}
