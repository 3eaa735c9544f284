using Microsoft.EntityFrameworkCore;

namespace OmbudsmanSite.Infrastructure.Persistence.PostgreSql;

public sealed class PostgreSqlSiteDbContext(DbContextOptions<SiteDbContext> options) : SiteDbContext(options);
