using ChainChief.Web.Data.Seed.Demo;
using ChainChief.Web.Features.Admin;
using ChainChief.Web.Features.Calendar;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChainChief.Web.Data;

/// <summary>
/// Start-up (and `migrate`): apply the provider's migrations, load reference data, ensure the roles, then either
/// the demo city (demo mode) or a first administrator whose generated password is printed once.
/// </summary>
public sealed class DatabaseInitializer(
    AppDbContextFactory dbs, ReferenceSeeder reference, CalendarSeeder calendar, Features.Alerts.AlertRuleDefaults alertRules, RoleManager<IdentityRole> roles, UserManager<AppUser> users,
    DemoCitySeeder demo, IOptions<DemoOptions> demoOptions, ILogger<DatabaseInitializer> log)
{
    public async Task InitializeAsync(CancellationToken ct)
    {
        await using (var db = dbs.CreateDbContext())
        {
            await db.Database.MigrateAsync(ct);
            if (db.Database.IsSqlite())
            {
                // WAL lets readers work while an import writes.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            }
        }
        var changed = await reference.SeedAsync(ct) + await calendar.SeedAsync(ct) + await alertRules.SeedAsync(ct);
        log.LogInformation("Database ready ({Provider}); reference rows added or changed: {Changed}", dbs.Provider, changed);
        foreach (var role in Roles.All.Where(r => !roles.Roles.Any(x => x.Name == r)).ToList())
        {
            await roles.CreateAsync(new IdentityRole(role));
        }
        if (demoOptions.Value.Enabled)
        {
            await demo.SeedAsync(demoOptions.Value.Scale, demoOptions.Value.Seed, ct);
        }
        else if (!await users.Users.AnyAsync(ct))
        {
            await CreateFirstAdminAsync();
        }
    }

    private async Task CreateFirstAdminAsync()
    {
        var password = ManageUsers.GeneratePassword();
        var admin = new AppUser { UserName = "admin", DisplayName = "系统管理员" };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(admin, Roles.Admin);
        // Printed to the console only (not the log sink), once: it is not stored anywhere in clear.
        Console.WriteLine();
        Console.WriteLine("==================================================================");
        Console.WriteLine($" First run: administrator 'admin' created with password: {password}");
        Console.WriteLine(" Sign in and change it; it will not be shown again.");
        Console.WriteLine("==================================================================");
        Console.WriteLine();
    }
}
