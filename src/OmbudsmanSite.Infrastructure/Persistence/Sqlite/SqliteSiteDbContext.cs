using Microsoft.EntityFrameworkCore;

namespace OmbudsmanSite.Infrastructure.Persistence.Sqlite;

public sealed class SqliteSiteDbContext(DbContextOptions<SiteDbContext> options) : SiteDbContext(options);
