using ChainChief.Web.Data;
using ChainChief.Web.Features.Chains;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Features.Statistics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ChainChief.Bench;

/// <summary>A fresh, migrated database (temp SQLite file or a new PostgreSQL database) with the app's services.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? sqlitePath;
    private readonly (string Server, string Name)? postgres;

    private BenchDatabase(ServiceProvider services, string provider, string connectionString, string? sqlitePath, (string, string)? postgres)
    {
        Services = services;
        Provider = provider;
        ConnectionString = connectionString;
        this.sqlitePath = sqlitePath;
        this.postgres = postgres;
    }

    public ServiceProvider Services { get; }
    public string Provider { get; }
    public string ConnectionString { get; }

    public static async Task<BenchDatabase> CreateAsync(string provider, string label)
    {
        string connection;
        string? path = null;
        (string, string)? pg = null;
        if (provider == "Postgres")
        {
            var server = BenchOptions.Parse(Environment.GetCommandLineArgs()).Postgres!;
            var name = $"chainchief_bench_{label}_{Guid.NewGuid():N}"[..40];
            await using (var c = new NpgsqlConnection(server))
            {
                await c.OpenAsync();
                await new NpgsqlCommand($"CREATE DATABASE \"{name}\"", c).ExecuteNonQueryAsync();
            }
            connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
            pg = (server, name);
        }
        else
        {
            path = Path.Combine(Path.GetTempPath(), $"chainchief-bench-{label}-{Guid.NewGuid():N}.db");
            connection = $"Data Source={path}";
        }
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Default"] = connection,
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(config)
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(TimeProvider.System)
            .AddDatabase(config, Path.GetTempPath())
            .AddReference().AddChains().AddEnterprises().AddStatistics()
            .BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.MigrateAsync(db.Database);
            await scope.ServiceProvider.GetRequiredService<ReferenceSeeder>().SeedAsync(CancellationToken.None);
        }
        return new BenchDatabase(services, provider, connection, path, pg);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (sqlitePath is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(sqlitePath + suffix);
            }
        }
        if (postgres is { } pg)
        {
            NpgsqlConnection.ClearAllPools();
            await using var c = new NpgsqlConnection(pg.Server);
            await c.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{pg.Name}\" WITH (FORCE)", c).ExecuteNonQueryAsync();
        }
    }
}
