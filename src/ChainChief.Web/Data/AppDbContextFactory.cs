using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Data;

/// <summary>Creates the provider's context for each unit of work (API request, Blazor action, job step).</summary>
public sealed class AppDbContextFactory : IDbContextFactory<AppDbContext>
{
    private readonly Func<AppDbContext> create;
    private readonly TimeProvider clock;

    public AppDbContextFactory(string provider, string connectionString, TimeProvider clock, ILoggerFactory? logging = null)
    {
        this.clock = clock;
        if (provider == "Postgres")
        {
            var options = new DbContextOptionsBuilder<PostgresAppDbContext>()
                .UseNpgsql(connectionString).UseLoggerFactory(logging).Options;
            create = () => new PostgresAppDbContext(options);
        }
        else
        {
            var options = new DbContextOptionsBuilder<SqliteAppDbContext>()
                .UseSqlite(connectionString).UseLoggerFactory(logging).Options;
            create = () => new SqliteAppDbContext(options);
        }
        Provider = provider;
        ConnectionString = connectionString;
    }

    public string Provider { get; }
    public string ConnectionString { get; }

    public AppDbContext CreateDbContext()
    {
        var db = create();
        db.Clock = clock;
        return db;
    }

    /// <summary>Relative SQLite paths are resolved against the content root, and the folder is created.</summary>
    public static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        if (csb.DataSource is not (":memory:" or "") && !Path.IsPathRooted(csb.DataSource))
        {
            csb.DataSource = Path.GetFullPath(Path.Combine(contentRoot, csb.DataSource));
        }
        if (csb.DataSource is not (":memory:" or "") && Path.GetDirectoryName(csb.DataSource) is { } dir)
        {
            Directory.CreateDirectory(dir);
        }
        return csb.ToString();
    }
}
