using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmbudsmanSite.Infrastructure.Identity;

namespace OmbudsmanSite.Infrastructure.Persistence.Configurations;

internal sealed class BackofficeUserConfiguration : IEntityTypeConfiguration<BackofficeUser>
{
    public void Configure(EntityTypeBuilder<BackofficeUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(BackofficeUser.MaxDisplayNameLength);
        builder.Property(u => u.UiCulture).HasMaxLength(16);
        builder.Property(u => u.TranslatorCultures).HasMaxLength(128);
        builder.Property(u => u.MutedNotifications).HasMaxLength(256);
    }
}
