using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmbudsmanSite.Infrastructure.Identity;

namespace OmbudsmanSite.Infrastructure.Persistence.Configurations;

internal sealed class BackofficeSessionConfiguration : IEntityTypeConfiguration<BackofficeSession>
{
    public void Configure(EntityTypeBuilder<BackofficeSession> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(BackofficeSession.IdLength);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.EndReason).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(s => s.UserId);
        builder.HasIndex(s => s.LastSeenUtc);
        builder.HasOne<BackofficeUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
