using ChainChief.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Tests.Platform;

/// <summary>Each provider's migrations must match the model: a model change without `dotnet ef migrations add` for both fails here.</summary>
public sealed class MigrationDriftTests
{
    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context SqliteAppDbContext --output-dir Data/Migrations/Sqlite");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void Postgres_migrations_match_the_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context PostgresAppDbContext --output-dir Data/Migrations/Postgres");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);
        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[15..]);
        Assert.Equal(Names(sqlite), Names(postgres));
    }
}
