using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Infrastructure.Persistence.PostgreSql;
using OmbudsmanSite.Infrastructure.Persistence.Sqlite;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: dotnet run --project src/OmbudsmanSite.MigrationScaffolder -- <MigrationName>");
    return 2;
}

var repoRoot = FindRepoRoot();
var projectDir = Path.Combine(repoRoot, "src", "OmbudsmanSite.Infrastructure");
var site = new SiteOptions { DataPath = Path.GetTempPath() };

Scaffold(new SqliteSiteDbContext(SiteDbContextFactory.BuildOptions(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=:memory:" }, site)), "Sqlite");
Scaffold(new PostgreSqlSiteDbContext(SiteDbContextFactory.BuildOptions(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = "Host=localhost" }, site)), "PostgreSql");
return 0;

void Scaffold(SiteDbContext context, string providerFolder)
{
    using (context)
    {
        var assembly = typeof(SiteDbContext).Assembly;
        var services = new DesignTimeServicesBuilder(assembly, assembly, new OperationReporter(handler: null), []).Build(context);
        var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
        var migration = scaffolder.ScaffoldMigration(args[0], "OmbudsmanSite.Infrastructure", $"Persistence.{providerFolder}.Migrations", "C#");
        var outputDir = Path.Combine(projectDir, "Persistence", providerFolder, "Migrations");
        var files = scaffolder.Save(projectDir, migration, outputDir);
        Console.WriteLine($"{providerFolder}: {files.MigrationFile}");
    }
}

static string FindRepoRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "OmbudsmanSite.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository.");
}
