using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Infrastructure.Persistence.PostgreSql;

public sealed class PostgreSqlSiteDbContext(DbContextOptions<SiteDbContext> options) : SiteDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // A prefix is a range in byte order; the database's own collation (en_US and the like) orders
        // words otherwise, and an index in it could not answer "starts with".
        builder.Entity<DocumentTitleWord>().Property(w => w.Word).UseCollation("C");
    }
}
