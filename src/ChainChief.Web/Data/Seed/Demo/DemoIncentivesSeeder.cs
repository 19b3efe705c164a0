using ChainChief.Web.Features.Calendar;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Incentives;
using ChainChief.Web.Features.Notifications;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Data.Seed.Demo;

/// <summary>
/// The demo's policy desk (DOMAIN §8), written by the real use cases: the four formulas of seed 002 (R&amp;D subsidy,
/// first-crossing revenue milestones, S&amp;T award bonuses) and three typical ones (用工奖补, 租金减免, 升规奖励), a few
/// science awards on firms, one matching run, then every stage an officer meets — a batch paid (one firm struck out
/// with a reason), a batch approved and waiting for payment, a batch waiting for approval, and 快申快享 applications
/// approved, refused, waiting and overdue. Titles end in （示例）.
/// </summary>
public static class DemoIncentivesSeeder
{
    public sealed record Result(int Policies, int Matches, int Awards, int Applications, decimal? Rate);

    public static async Task<Result> SeedAsync(AppDbContextFactory dbs, ReferenceData reference, CalendarProvider calendars, DemoActors actors, DateTime now,
        CancellationToken ct)
    {
        var clock = new DemoClock(now);
        var office = actors.Office;
        var today = clock.Today();
        var factYear = PolicyScope.FactYear(today);
        await GrantAwardsAsync(dbs, office, factYear, ct);

        clock.At(new DateOnly(today.Year, 1, 10), 9);
        var save = new SavePolicy(dbs, reference, clock);
        var ids = new Dictionary<string, int>();
        foreach (var (key, input) in DemoPolicies.All(today.Year, firstChain: await FirstChainAsync(dbs, ct)))
        {
            ids[key] = await save.HandleAsync(null, input, office, ct);
        }
        await using (var db = dbs.CreateDbContext())
        {
            db.ActingAs(office);
            var all = ids.Values.ToList();
            await db.Policies.Where(p => all.Contains(p.Id)).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PolicyStatus.Active), ct);
        }

        clock.Reset();
        clock.Minutes(-60 * 24 * 20);
        var run = await MatchingJobs.RunNowAsync(new RunMatching(dbs, reference, new Notifier(clock), clock), "6109", MatchTrigger.PolicyChange, office, ct);

        var awards = 0;
        awards += await PaidBatchAsync(dbs, reference, clock, ids[DemoPolicies.RnD], office, today, ct);
        awards += await BatchAsync(dbs, reference, clock, ids[DemoPolicies.Milestones], office, approve: true, ct);
        awards += await BatchAsync(dbs, reference, clock, ids[DemoPolicies.ScienceAwards], office, approve: false, ct);
        awards += await BatchAsync(dbs, reference, clock, ids[DemoPolicies.ScaleUp], office, approve: false, ct);
        var applications = await ApplicationsAsync(dbs, reference, calendars, clock, actors, ids, today, ct);

        clock.Reset();
        var rate = (await new EnjoymentRate(dbs).HandleAsync(factYear, office, ct)).Total.Rate;
        return new Result(ids.Count, run.Matches, awards, applications, rate);
    }

    /// <summary>Science awards won last year by a few of the larger firms (the S&amp;T award policy pays per title).</summary>
    private static async Task GrantAwardsAsync(AppDbContextFactory dbs, Actor office, int year, CancellationToken ct)
    {
        List<int> firms;
        await using (var db = dbs.CreateDbContext())
        {
            firms = await db.Enterprises.Where(e => e.CountyCode.StartsWith("6109") && e.Scale == EnterpriseScale.AboveScale && e.Status == OperatingStatus.Operating)
                .OrderBy(e => e.Id).Select(e => e.Id).Take(40).ToListAsync(ct);
        }
        var tags = new ManageEnterpriseTags(dbs);
        for (var i = 0; i < firms.Count && i < 28; i += 7)
        {
            var kind = i == 7 ? EnterpriseTagKind.NationalScienceAward : EnterpriseTagKind.ProvincialScienceAward;
            await tags.AddAsync(firms[i], new ManageEnterpriseTags.AddRequest(kind, new DateOnly(year, 11, 20), null, "科学技术进步奖（示例）"), office, ct);
        }
    }

    private static async Task<string> FirstChainAsync(AppDbContextFactory dbs, CancellationToken ct)
    {
        await using var db = dbs.CreateDbContext();
        var id = await db.Chains.Where(c => c.RegionCode == "6109" && c.ParentId == null).OrderBy(c => c.SortOrder).Select(c => c.Id).FirstAsync(ct);
        return id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A batch approved with one firm struck out, then paid.</summary>
    private static async Task<int> PaidBatchAsync(AppDbContextFactory dbs, ReferenceData reference, DemoClock clock, int policyId, Actor office, DateOnly today,
        CancellationToken ct)
    {
        clock.Reset();
        clock.Minutes(-60 * 24 * 15);
        var batch = await new CreateAwardBatch(dbs, reference, clock).HandleAsync(policyId, new CreateAwardBatch.Request("2025年度研发投入补助第一批（示例）"), office, ct);
        var detail = (await new GetAwardBatch(dbs, reference).HandleAsync(batch!.BatchId, office, ct))!;
        var struck = detail.Awards.Count > 2 ? [new ApproveAwardBatch.Rejection(detail.Awards[^1].Id, "研发费用加计扣除备案与统计数据不一致，待核实后另行兑现")] : Array.Empty<ApproveAwardBatch.Rejection>();
        clock.Minutes(-60 * 24 * 12);
        await new ApproveAwardBatch(dbs, clock).HandleAsync(batch.BatchId, new ApproveAwardBatch.Request(detail.Version, struck), office, ct);
        clock.Minutes(-60 * 24 * 5);
        var approved = detail.Awards.Where(a => struck.All(s => s.AwardId != a.Id)).Select(a => a.Id).ToList();
        await new RecordDisbursement(dbs, new Notifier(clock), clock).HandleAsync(
            new RecordDisbursement.Request(approved, today.AddDays(-5), $"安财拨〔{today.Year}〕{100 + batch.BatchId}号"), office, ct);
        return batch.Awards;
    }

    private static async Task<int> BatchAsync(AppDbContextFactory dbs, ReferenceData reference, DemoClock clock, int policyId, Actor office, bool approve,
        CancellationToken ct)
    {
        clock.Reset();
        clock.Minutes(-60 * 24 * 3);
        CreateAwardBatch.Outcome? batch;
        try
        {
            batch = await new CreateAwardBatch(dbs, reference, clock).HandleAsync(policyId, new CreateAwardBatch.Request(null), office, ct);
        }
        catch (BusinessRuleException)
        {
            return 0; // no firm of this (smaller) demo qualifies
        }
        if (approve)
        {
            var version = (await new GetAwardBatch(dbs, reference).HandleAsync(batch!.BatchId, office, ct))!.Version;
            clock.Minutes(-60 * 24);
            await new ApproveAwardBatch(dbs, clock).HandleAsync(batch.BatchId, new ApproveAwardBatch.Request(version, []), office, ct);
        }
        return batch!.Awards;
    }

    /// <summary>快申快享: eligible firms apply over the last weeks; the oldest are decided, one refused, one left overdue.</summary>
    private static async Task<int> ApplicationsAsync(AppDbContextFactory dbs, ReferenceData reference, CalendarProvider calendars, DemoClock clock, DemoActors actors,
        Dictionary<string, int> ids, DateOnly today, CancellationToken ct)
    {
        var fastTrack = new[] { ids[DemoPolicies.Employment], ids[DemoPolicies.Rent] };
        List<(int PolicyId, int EnterpriseId)> eligible;
        await using (var db = dbs.CreateDbContext())
        {
            eligible = [.. (await db.PolicyMatches.Where(m => fastTrack.Contains(m.PolicyId) && m.Current && m.EnterpriseId != actors.Firm.EnterpriseId)
                .OrderBy(m => m.PolicyId).ThenBy(m => m.EnterpriseId).Select(m => new { m.PolicyId, m.EnterpriseId }).ToListAsync(ct))
                .GroupBy(m => m.PolicyId).SelectMany(g => g.Take(4)).Select(m => (m.PolicyId, m.EnterpriseId))];
        }
        var notifier = new Notifier(clock);
        var decide = new DecideApplication(dbs, reference, notifier, clock);
        var count = 0;
        foreach (var (pair, i) in eligible.Select((p, i) => (p, i)))
        {
            clock.Reset();
            clock.Minutes(-60 * 24 * (30 - 6 * (i % 4)));
            var applied = await new ApplyForPolicy(dbs, reference, calendars, notifier, clock)
                .HandleAsync(pair.PolicyId, new ApplyForPolicy.Request("按通知要求申请，材料已上传至企业档案（示例）"), actors.FirmOf(pair.EnterpriseId), ct);
            count++;
            if (i % 4 is 0 or 1)
            {
                clock.Minutes(-60 * 24 * (25 - 6 * (i % 4)));
                var approve = i % 4 == 0;
                await decide.HandleAsync(applied!.ApplicationId,
                    new DecideApplication.Request(approve, approve ? null : "申报材料中的厂房租赁合同已过期，不符合政策要求（示例）", 0), actors.Office, ct);
            }
        }
        return count;
    }
}
