using System.Diagnostics;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Notifications;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Incentives;

/// <summary>
/// 政策找人: matches every operating firm of a region against every policy in force today, on last year's figures, and
/// brings the stored matches up to date in one transaction — new pairs inserted in bulk (their firms told), changed ones
/// rewritten, pairs no longer eligible kept but marked not current. Stored pairs are compared by fingerprint (their
/// text is never read back) and pairs found unchanged cost no write, so a run after
/// a small monthly upload writes little. Facts come from a few set queries (<see cref="FirmFactsLoader"/>), never one
/// query per firm.
/// </summary>
public sealed class RunMatching(IDbContextFactory<AppDbContext> dbs, ReferenceData reference, Notifier notifier, TimeProvider clock)
{
    public sealed record Outcome(int RunId, int Year, int Firms, int Policies, int Matches, int NewMatches, int Dropped, decimal TotalAmount, double Seconds);

    private static readonly HashSet<decimal> NonePaid = [];

    private sealed record Stored(long Id, int PolicyId, int EnterpriseId, long Fingerprint, bool Current);

    public async Task<Outcome> HandleAsync(string region, MatchTrigger trigger, Actor actor, IProgress<JobProgress>? progress, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var started = clock.GetUtcNow().UtcDateTime;
        var asOf = clock.Today();
        var year = asOf.Year - 1;
        progress?.Report(new JobProgress(MatchStage.Loading, 0, 0));
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var plans = await PlansAsync(db, region, asOf, ct);
        var firms = await FirmFactsLoader.LoadAsync(db, region, asOf, ct);
        var paid = await PaidMilestonesAsync(db, plans, region, year, ct);
        var names = await PolicyNames.LoadAsync(db, reference, region, ct);
        progress?.Report(new JobProgress(MatchStage.Matching, 0, firms.Count));
        var found = PolicyMatcher.Match(plans, firms, asOf, paid, names.Namer);
        progress?.Report(new JobProgress(MatchStage.Writing, 0, found.Count));

        var stored = (await db.PolicyMatches.AsNoTracking().Where(m => m.Year == year && m.CountyCode.StartsWith(region))
                .Select(m => new Stored(m.Id, m.PolicyId, m.EnterpriseId, m.Fingerprint, m.Current))
                .ToListAsync(ct))
            .ToDictionary(m => (m.PolicyId, m.EnterpriseId));
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var run = new MatchRun { RegionCode = region, AsOf = asOf, Trigger = trigger, StartedBy = actor.UserName, StartedAt = started, FinishedAt = now };
        db.MatchRuns.Add(run);
        await db.SaveChangesAsync(ct);

        var inserts = new List<PolicyMatch>();
        var rewritten = new Dictionary<long, PolicyMatch>();
        var fresh = new List<PolicyMatcher.Found>();
        foreach (var f in found)
        {
            var row = new PolicyMatch
            {
                PolicyId = f.Plan.PolicyId, RevisionId = f.Plan.RevisionId, EnterpriseId = f.Firm.EnterpriseId, Year = year, CountyCode = f.Firm.CountyCode,
                Amount = f.Benefit.Amount, Benefit = f.Benefit.Explanation.Truncate(500), Milestones = Milestones.Format(f.Benefit.MilestonesReached),
                Current = true, FirstRunId = run.Id, FoundAt = now, RunId = run.Id,
            };
            row.Fingerprint = MatchFingerprint.Of(row);
            if (!stored.Remove((row.PolicyId, row.EnterpriseId), out var old))
            {
                inserts.Add(row);
                fresh.Add(f);
                continue;
            }
            if (old.Current && old.Fingerprint == row.Fingerprint)
            {
                continue;
            }
            if (!old.Current)
            {
                fresh.Add(f); // eligible again: told again
            }
            rewritten[old.Id] = row;
            inserts.Add(row);
        }
        var dropped = stored.Values.Where(m => m.Current).Select(m => m.Id).ToList();
        foreach (var ids in rewritten.Keys.Chunk(1_000))
        {
            // A rewritten pair keeps when and by which run it was first found.
            foreach (var first in await db.PolicyMatches.AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => new { m.Id, m.FirstRunId, m.FoundAt }).ToListAsync(ct))
            {
                (rewritten[first.Id].FirstRunId, rewritten[first.Id].FoundAt) = (first.FirstRunId, first.FoundAt);
            }
            await db.PolicyMatches.Where(m => ids.Contains(m.Id)).ExecuteDeleteAsync(ct);
        }
        foreach (var ids in dropped.Chunk(1_000))
        {
            await db.PolicyMatches.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s.SetProperty(m => m.Current, false).SetProperty(m => m.RunId, run.Id), ct);
        }
        await BulkInsert.InsertAsync(db, inserts, n => progress?.Report(new JobProgress(MatchStage.Writing, n, inserts.Count)), ct);
        await NotifyAsync(db, fresh, ct);
        (run.Firms, run.Policies, run.Matches, run.NewMatches, run.Dropped) = (firms.Count, plans.Count, found.Count, fresh.Count, dropped.Count);
        run.TotalAmount = found.Sum(f => f.Benefit.Amount);
        run.FinishedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new Outcome(run.Id, year, run.Firms, run.Policies, run.Matches, run.NewMatches, run.Dropped, run.TotalAmount, watch.Elapsed.TotalSeconds);
    }

    /// <summary>Active policies in force on the day that reach into the region (a province's policy reaches its cities' firms).</summary>
    internal static async Task<List<PolicyPlan>> PlansAsync(AppDbContext db, string region, DateOnly asOf, CancellationToken ct)
    {
        var policies = (await db.Policies.AsNoTracking()
                .Where(p => p.Status == PolicyStatus.Active && (p.RegionCode.StartsWith(region) || region.StartsWith(p.RegionCode)))
                .ToListAsync(ct))
            .Where(p => p.InForce(asOf)).ToList();
        var ids = policies.Select(p => p.Id).ToList();
        var revisions = await db.PolicyRevisions.Where(r => ids.Contains(r.PolicyId)).Select(r => new { r.PolicyId, r.Number, r.Id }).ToListAsync(ct);
        var current = revisions.ToDictionary(r => (r.PolicyId, r.Number), r => r.Id);
        return [.. policies.OrderBy(p => p.Id).Select(p => PolicyPlan.Of(p, current[(p.Id, p.Revision)]))];
    }

    /// <summary>
    /// Milestones each firm has been awarded under each milestone policy in the years before <paramref name="year"/>, in any
    /// revision (a rejected award holds none). The year's own award is left out: it pays this year's match, which stays
    /// eligible — and counted in the 应享尽享 rate — after it is paid.
    /// </summary>
    internal static async Task<PolicyMatcher.PaidMilestones> PaidMilestonesAsync(AppDbContext db, IEnumerable<PolicyPlan> plans, string region, int year,
        CancellationToken ct)
    {
        var ids = plans.Where(p => p.Formula.Kind == BenefitKind.Milestones).Select(p => p.PolicyId).ToList();
        var awards = await db.Awards.AsNoTracking()
            .Where(a => ids.Contains(a.PolicyId) && a.Year < year && a.Status != AwardStatus.Rejected && a.Milestones != "" && a.CountyCode.StartsWith(region))
            .Select(a => new { a.PolicyId, a.EnterpriseId, a.Milestones }).ToListAsync(ct);
        var paid = awards.GroupBy(a => (a.PolicyId, a.EnterpriseId)).ToDictionary(g => g.Key, g => g.SelectMany(a => Milestones.Parse(a.Milestones)).ToHashSet());
        return (policy, firm) => paid.TryGetValue((policy, firm), out var set) ? set : NonePaid;
    }

    /// <summary>One message per firm with accounts, naming the policies newly found for it.</summary>
    private async Task NotifyAsync(AppDbContext db, List<PolicyMatcher.Found> fresh, CancellationToken ct)
    {
        if (fresh.Count == 0)
        {
            return;
        }
        var accounts = await Notifier.FirmAccountsAsync(db, null, ct);
        foreach (var firm in fresh.GroupBy(f => f.Firm.EnterpriseId).Where(g => accounts.Contains(g.Key)))
        {
            var titles = string.Join("、", firm.Select(f => $"《{f.Plan.Title}》"));
            var automatic = firm.Any(f => f.Plan.Mode == PolicyMode.Automatic);
            notifier.AddTo(db, NotificationTopic.PolicyMatched, accounts[firm.Key], $"您有{firm.Count()}项新的可享政策",
                $"经比对，贵企业符合{titles}的条件。" + (automatic ? "免申即享政策无需申请，审核后直接兑现；" : "") + "快申快享政策请在“可享政策”中申请。", "/my/policies");
        }
    }
}

/// <summary>Stages a matching run reports as its progress.</summary>
public static class MatchStage
{
    public const string Loading = "Loading";
    public const string Matching = "Matching";
    public const string Writing = "Writing";
}
