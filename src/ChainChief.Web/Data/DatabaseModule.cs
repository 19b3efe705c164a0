using ChainChief.Web.Data.Seed.Demo;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Data;

public static class DatabaseModule
{
    /// <summary>
    /// One <see cref="IDbContextFactory{AppDbContext}"/> for use cases and a scoped context for Identity's stores,
    /// both on the provider named by Database:Provider.
    /// </summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration config, string contentRoot)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var provider = config[$"{DatabaseOptions.Section}:Provider"] ?? "Sqlite";
        var connection = config.GetConnectionString("Default")
            ?? throw new InvalidOperationException("ConnectionStrings:Default is not set.");
        if (provider != "Postgres")
        {
            connection = AppDbContextFactory.ResolveSqlitePath(connection, contentRoot);
        }
        services.AddSingleton(sp => new AppDbContextFactory(provider, connection, sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<IDbContextFactory<AppDbContext>>(sp => sp.GetRequiredService<AppDbContextFactory>());
        services.AddScoped(sp => sp.GetRequiredService<AppDbContextFactory>().CreateDbContext());
        services.AddScoped<DatabaseInitializer>().AddScoped<DemoCitySeeder>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}

/// <summary>/health reports the database as unhealthy when a trivial query fails.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<AppDbContext> dbs) : Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck
{
    public async Task<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult> CheckHealthAsync(
        Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext context, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Database.CanConnectAsync(ct)
            ? Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy(db.Database.ProviderName)
            : Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Unhealthy("database unreachable");
    }
}
