using Npgsql;

namespace ChainChief.Tests.Infrastructure;

/// <summary>A throwaway database per fixture: a temp SQLite file, or a fresh database on the PostgreSQL server
/// named by CHAINCHIEF_TEST_PG. Without that variable PostgreSQL tests are skipped locally and fail in CI.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "CHAINCHIEF_TEST_PG";

    private readonly string? adminConnection;
    private readonly string? sqlitePath;

    private TestDatabase(string provider, string connectionString, string? adminConnection, string? sqlitePath, string? databaseName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.adminConnection = adminConnection;
        this.sqlitePath = sqlitePath;
        DatabaseName = databaseName;
    }

    public string Provider { get; }
    public string ConnectionString { get; }
    public string? DatabaseName { get; }

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } v ? v : null;

    /// <summary>Locally a missing server skips the PostgreSQL half; in CI (CI=true) it is an error.</summary>
    public static void RequirePostgres()
    {
        if (PostgresServer is null)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                throw new InvalidOperationException($"{PostgresVariable} is not set but CI=true: PostgreSQL tests must run in CI.");
            }
            Assert.Skip($"{PostgresVariable} is not set; PostgreSQL tests skipped.");
        }
    }

    public static TestDatabase Sqlite()
    {
        var path = Path.Combine(Path.GetTempPath(), $"chainchief-test-{Guid.NewGuid():N}.db");
        return new TestDatabase("Sqlite", $"Data Source={path}", null, path, null);
    }

    public static async Task<TestDatabase?> PostgresAsync()
    {
        if (PostgresServer is not { } server)
        {
            return null;
        }
        var name = $"chainchief_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase("Postgres", builder.ConnectionString, server, null, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (sqlitePath is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(sqlitePath + suffix);
            }
        }
        if (adminConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(adminConnection);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
