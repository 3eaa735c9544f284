using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmbudsmanSite.Infrastructure.Background;

namespace OmbudsmanSite.Infrastructure.Persistence.Configurations;

internal sealed class RecurringJobRunConfiguration : IEntityTypeConfiguration<RecurringJobRun>
{
    public void Configure(EntityTypeBuilder<RecurringJobRun> builder)
    {
        builder.HasKey(r => r.Name);
        builder.Property(r => r.Name).HasMaxLength(64);
        builder.Property(r => r.LastRunBy).HasMaxLength(200);
    }
}
