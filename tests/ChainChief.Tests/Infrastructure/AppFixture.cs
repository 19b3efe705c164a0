using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChainChief.Tests.Infrastructure;

/// <summary>The whole application on one throwaway database, seeded with the demo city and its accounts.</summary>
public abstract class AppFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, string> tokens = new();
    private TestDatabase? database;

    public const string Password = "Demo@2026";

    protected TestDatabase Database => database ?? throw new InvalidOperationException("The fixture has no database.");

    public bool Available => database is not null;

    public string Provider => Database.Provider;

    protected abstract Task<TestDatabase?> CreateDatabaseAsync();

    public virtual async ValueTask InitializeAsync()
    {
        database = await CreateDatabaseAsync();
        if (database is not null)
        {
            _ = Server; // starts the host: migrations and demo data
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:Default", Database.ConnectionString);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:Scale", "city");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Escalation tests drive the job with a fake clock; the wall-clock one would race them.
        builder.UseSetting("Appeals:Escalation:Enabled", "false");
        // Matching after each upload runs in the background; tests that write statistics would race it.
        builder.UseSetting("Incentives:MatchAfterStatistics", "false");
    }

    /// <summary>A scope for calling handlers or the DbContext directly.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    /// <summary>An API client signed in with a bearer token as the given demo account (admin, office, chief, dept, county, firm).</summary>
    public async Task<HttpClient> ClientAsAsync(string userName, string password = Password)
    {
        var token = tokens.TryGetValue(userName, out var t) ? t : await SignInAsync(userName, password);
        tokens[userName] = token;
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<string> SignInAsync(string userName, string password)
    {
        using var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<TokenResponse>();
        return body!.AccessToken;
    }

    private sealed record TokenResponse(string AccessToken);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteApp : AppFixture
{
    protected override Task<TestDatabase?> CreateDatabaseAsync() => Task.FromResult<TestDatabase?>(TestDatabase.Sqlite());
}

public sealed class PostgresApp : AppFixture
{
    protected override Task<TestDatabase?> CreateDatabaseAsync() => TestDatabase.PostgresAsync();
}

[CollectionDefinition("sqlite")]
public sealed class SqliteCollection : ICollectionFixture<SqliteApp>;

[CollectionDefinition("postgres")]
public sealed class PostgresCollection : ICollectionFixture<PostgresApp>;
