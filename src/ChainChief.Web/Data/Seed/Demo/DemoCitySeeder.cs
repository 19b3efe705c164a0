using ChainChief.Web.Features.Admin;
using ChainChief.Web.Features.Calendar;
using ChainChief.Web.Features.Chains;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Data.Seed.Demo;

/// <summary>Fills an empty database with the demo city and one account per role. Does nothing if firms exist.</summary>
public sealed class DemoCitySeeder(AppDbContextFactory dbs, ReferenceData reference, UserManager<AppUser> users,
    IUserClaimsPrincipalFactory<AppUser> principals, IEnumerable<IReportsWritten> reactions, CalendarProvider calendars, TimeProvider clock,
    ILoggerFactory logs, ILogger<DemoCitySeeder> log)
{
    public sealed record DemoAccount(string UserName, string DisplayName, string Role, string RegionScope);

    /// <summary>The accounts listed in the README; the enterprise account is tied to the first firm of 汉滨区.</summary>
    public static readonly DemoAccount[] Accounts =
    [
        new("admin", "系统管理员", Roles.Admin, ""),
        new("office", "链长办 王主任", Roles.ChainOffice, "6109"),
        new("chief", "链长 李市长", Roles.ChainChief, "6109"),
        new("dept", "市发改委 张科长", Roles.Department, "6109"),
        new("county", "汉滨区经贸局 赵局长", Roles.County, "610902"),
        new("firm", "企业联系人 陈经理", Roles.Enterprise, ""),
    ];

    public async Task SeedAsync(string scale, int seed, CancellationToken ct)
    {
        await using (var check = dbs.CreateDbContext())
        {
            if (await check.Enterprises.AnyAsync(ct))
            {
                return;
            }
        }
        var started = System.Diagnostics.Stopwatch.StartNew();
        var chainIds = await SeedChainsAndDepartmentsAsync(scale, ct);
        var generator = new DemoCityGenerator(reference, seed);
        var today = clock.Today();
        var count = 0;
        foreach (var chunk in generator.Firms(scale, today).Chunk(2_000))
        {
            await using var db = dbs.CreateDbContext();
            // Generated rows are not anyone's edits: auditing them would only double the data.
            db.ActingAs(Actor.System).WithoutAudit();
            foreach (var firm in chunk)
            {
                firm.Enterprise.SetChains(firm.ChainIndexes.Select(i => chainIds[i]));
                db.Enterprises.Add(firm.Enterprise);
            }
            await db.SaveChangesAsync(ct);
            count += chunk.Length;
        }
        await using (var db = dbs.CreateDbContext())
        {
            db.ActingAs(Actor.System).WithoutAudit();
            await DemoChainMapSeeder.SeedAsync(db, chainIds, seed, today, ct);
            await DemoChainOrganisationSeeder.SeedAsync(db, chainIds, today, ct);
        }
        var reports = await DemoStatisticsSeeder.SeedAsync(dbs, seed, today, ct);
        await using (var db = dbs.CreateDbContext())
        {
            db.ActingAs(Actor.System).WithoutAudit();
            var region = DemoCityGenerator.ScaleOf(scale).Prefix;
            await DemoTargetSeeder.SeedAsync(db, region, [.. reference.CountiesUnder(region)], chainIds, today, ct);
        }
        // Alerts and caches follow the statistics; the demo raises alerts for the last quarter only, as a city would
        // have handled the older ones.
        var last = DemoStatisticsSeeder.Range(today).To;
        foreach (var reaction in reactions)
        {
            await reaction.OnReportsWrittenAsync([Periods.AddMonths(last, -2), Periods.Previous(last), last], ct);
        }
        await SeedAccountsAsync(ct);
        await DemoAlertSeeder.SeedAsync(dbs, clock.GetUtcNow().UtcDateTime, ct);
        var (visits, appeals) = await DemoServiceDesk.SeedAsync(dbs, calendars, principals, logs, clock.GetUtcNow().UtcDateTime, seed, ct);
        DemoInvestmentSeeder.Result investment;
        DemoIncentivesSeeder.Result incentives;
        await using (var db = dbs.CreateDbContext())
        {
            var actors = await DemoActors.LoadAsync(db, principals, ct);
            investment = await DemoInvestmentSeeder.SeedAsync(dbs, reference, actors, clock.GetUtcNow().UtcDateTime, ct);
            await DemoLadderSeeder.SeedAsync(dbs, reference, actors, today, ct);
            incentives = await DemoIncentivesSeeder.SeedAsync(dbs, reference, calendars, actors, clock.GetUtcNow().UtcDateTime, ct);
        }
        log.LogInformation("Demo {Scale} generated: {Count} firms, {Reports} monthly reports, {Visits} visits, {Appeals} appeals, {Targets} target firms, {Leads} leads, {Projects} projects, {Policies} policies with {Matches} matches ({Rate}% enjoyed) in {Seconds:0.0}s (seed {Seed})",
            scale, count, reports, visits, appeals, investment.Targets, investment.Leads, investment.Projects, incentives.Policies, incentives.Matches, incentives.Rate,
            started.Elapsed.TotalSeconds, seed);
    }

    private async Task<int[]> SeedChainsAndDepartmentsAsync(string scale, CancellationToken ct)
    {
        await using var db = dbs.CreateDbContext();
        db.ActingAs(Actor.System).WithoutAudit();
        var chains = DemoCityPlan.Chains.Select((c, i) => new Chain { Name = c.Name, RegionCode = DemoCityGenerator.ScaleOf(scale).Prefix, SortOrder = i + 1 }).ToArray();
        db.Chains.AddRange(chains);
        db.Departments.AddRange(DemoCityPlan.CityDepartments.Select(n => new Department { Name = "安康市" + n, RegionCode = "6109" }));
        db.Departments.AddRange(reference.CountiesUnder("6109").Select(c => new Department { Name = c.Name + "经济贸易局", RegionCode = c.Code }));
        await db.SaveChangesAsync(ct);
        return [.. chains.Select(c => c.Id)];
    }

    private async Task SeedAccountsAsync(CancellationToken ct)
    {
        await using var db = dbs.CreateDbContext();
        var firm = await db.Enterprises.Where(e => e.CountyCode == "610902" && e.Scale == EnterpriseScale.AboveScale)
            .OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(ct);
        var departments = await db.Departments.ToDictionaryAsync(d => d.Name, d => d.Id, ct);
        foreach (var a in Accounts)
        {
            if (await users.FindByNameAsync(a.UserName) is not null)
            {
                continue;
            }
            var user = new AppUser
            {
                UserName = a.UserName, DisplayName = a.DisplayName, RegionScope = a.RegionScope,
                EnterpriseId = a.Role == Roles.Enterprise ? firm : null,
                DepartmentId = a.Role switch
                {
                    Roles.ChainOffice => departments["安康市经济和信息化局（链长办）"],
                    Roles.Department => departments["安康市发展和改革委员会"],
                    Roles.County => departments["汉滨区经济贸易局"],
                    _ => null,
                },
            };
            var created = await users.CreateAsync(user, DemoOptions.Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }
            await users.AddToRoleAsync(user, a.Role);
        }
    }
}
