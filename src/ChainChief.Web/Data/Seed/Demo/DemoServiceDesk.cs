using ChainChief.Web.Features.Appeals;
using ChainChief.Web.Features.Calendar;
using ChainChief.Web.Features.Chains;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Notifications;
using ChainChief.Web.Features.Service;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Data.Seed.Demo;

/// <summary>
/// The demo's enterprise service desk: liaisons and visits, then appeals, written by the real use cases on a clock that
/// walks through the past months. Notifications older than a week are marked read, as the people would have read them.
/// </summary>
public static class DemoServiceDesk
{
    public const int FinishedAppeals = 60;

    public static async Task<(int Visits, int Appeals)> SeedAsync(AppDbContextFactory dbs, CalendarProvider calendars,
        IUserClaimsPrincipalFactory<AppUser> principals, ILoggerFactory logs, DateTime now, int seed, CancellationToken ct)
    {
        var clock = new DemoClock(now);
        DemoActors actors;
        List<int> owners, countyFirms, firms;
        await using (var db = dbs.CreateDbContext())
        {
            actors = await DemoActors.LoadAsync(db, principals, ct);
            var city = db.Enterprises.Where(e => e.CountyCode.StartsWith("6109"));
            owners = await db.ChainParties.Where(p => p.Kind == ChainPartyKind.ChainOwner && p.EnterpriseId != null)
                .Select(p => p.EnterpriseId!.Value).Distinct().Where(id => city.Any(e => e.Id == id)).OrderBy(id => id).Take(8).ToListAsync(ct);
            countyFirms = await city.Where(e => e.CountyCode == "610902" && !owners.Contains(e.Id) && e.Id != actors.Firm.EnterpriseId)
                .OrderBy(e => e.Id).Select(e => e.Id).Take(15).ToListAsync(ct);
            countyFirms.Insert(0, actors.Firm.EnterpriseId!.Value);
            firms = await city.Where(e => e.Scale == EnterpriseScale.AboveScale).OrderBy(e => e.Id).Select(e => e.Id).Take(400).ToListAsync(ct);
        }
        var notices = new AppealNotices(new Notifier(clock));
        var file = new FileAppeal(dbs, calendars, notices, clock);
        var random = new Random(seed);
        var appeals = new DemoAppealSeeder(dbs, calendars, clock, actors, file, new ActOnAppeal(dbs, calendars, notices, clock),
            new EscalateAppeals(dbs, calendars, notices, logs.CreateLogger<EscalateAppeals>()), random);
        await appeals.InitializeAsync(ct);
        var visits = await new DemoServiceSeeder(dbs, clock, actors, new Liaisons(dbs, clock), new RecordVisit(dbs, file, clock), appeals, random)
            .SeedAsync(owners, countyFirms, ct);
        var count = await appeals.SeedAsync(firms, FinishedAppeals, ct);
        await using (var db = dbs.CreateDbContext())
        {
            var read = now.AddDays(-7);
            await db.Notifications.Where(n => n.CreatedAt < read && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        }
        return (visits, count);
    }
}
