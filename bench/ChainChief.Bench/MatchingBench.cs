// Over 300 lines on purpose: one benchmark read top to bottom — setup, the timed runs, the naive baseline and the
// profile that re-times each stage alone — whose pieces share the same dataset, clock and lap timer.
using System.Diagnostics;
using System.Reflection;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Incentives;
using ChainChief.Web.Features.Notifications;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChainChief.Bench;

/// <summary>
/// 政策找人 at province scale (issue #7): the province registry (100,000 firms with their titles, placed on the nine demo
/// chains as <see cref="ChainBench"/> does) with two calendar years of monthly statistics for every firm (last year and
/// the one before, for growth: <see cref="StatisticsDataset.Years"/>, 2.4 million reports loaded with the database's own
/// loader), and <see cref="MatchingPolicies"/>' 50 policies saved through <see cref="SavePolicy"/>. Then, on the bench's
/// day (2026-11-22, so figures are 2025's):
/// (a) the first full run of <see cref="RunMatching"/> over the province — time, its load / match / write stages (from the
/// run's own progress reports), peak working set, matches written; (b) a second run with nothing changed (the diff
/// path: writes nothing); (a′) the full write again in a warm process (matches deleted first); (c) the naive baseline in
/// the same run: for each (firm, policy) pair the firm's facts are loaded with the per-firm queries
/// (<see cref="FirmFactsLoader"/> narrowed to the firm, as its portal does) and the policy evaluated, on a deterministic
/// sample of firms × every policy, extrapolated to the run's pairs. Finally each piece of a run is timed alone
/// (<see cref="ProfileAsync"/>), to say where the time goes.
/// </summary>
internal static class MatchingBench
{
    private const string Province = "61";
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly AsOf = DateOnly.FromDateTime(Now.ToOffset(ClockExtensions.ChinaOffset).DateTime);

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        var year = AsOf.Year - 1;
        var dataset = StatisticsDataset.Years(options.Seed, options.MatchFirms, year - 1, year);
        Console.WriteLine($"Matching: {dataset.Firms.Count:N0} firms × {dataset.Periods.Count} months = {dataset.Reports:N0} reports, {MatchingPolicies.Count} policies (seed {options.Seed})");
        using var memory = new MemorySampler();
        foreach (var target in options.Targets())
        {
            await using var database = await BenchDatabase.CreateAsync(target, "match");
            var watch = Stopwatch.StartNew();
            await SeedAsync(database, dataset, options.Seed);
            Console.WriteLine($"{target}: firms, titles, chains, reports and policies loaded in {watch.Elapsed.TotalSeconds:N0} s");

            var clock = new FixedClock(Now);
            var dbs = database.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
            var reference = database.Services.GetRequiredService<ReferenceData>();
            var matching = new RunMatching(dbs, reference, new Notifier(clock), clock);

            var start = memory.Reset();
            var (first, firstTime, firstStages) = await RunAsync(matching);
            var peak = memory.PeakMb;
            var stored = await CountAsync(dbs, m => true);
            if (stored != first.Matches || first.NewMatches != first.Matches)
            {
                throw new InvalidOperationException($"First run found {first.Matches:N0} ({first.NewMatches:N0} new) but {stored:N0} rows are stored.");
            }
            Console.WriteLine($"  {target} first run: {firstTime.TotalSeconds:N2} s ({firstStages}), {first.Matches:N0} matches, peak {peak:N0} MB");

            var (second, secondTime, secondStages) = await RunAsync(matching);
            var rewritten = await CountAsync(dbs, m => m.RunId == second.RunId);
            if (second.Matches != first.Matches || second.NewMatches != 0 || second.Dropped != 0 || rewritten != 0)
            {
                throw new InvalidOperationException($"Unchanged re-run: {second.Matches:N0} matches, {second.NewMatches:N0} new, {second.Dropped:N0} dropped, {rewritten:N0} rows rewritten.");
            }
            Console.WriteLine($"  {target} unchanged re-run: {secondTime.TotalSeconds:N2} s ({secondStages})");

            await using (var db = await dbs.CreateDbContextAsync())
            {
                await db.PolicyMatches.ExecuteDeleteAsync();
            }
            var (_, warmTime, warmStages) = await RunAsync(matching);
            Console.WriteLine($"  {target} full write again, warm: {warmTime.TotalSeconds:N2} s ({warmStages})");

            var naive = await NaiveAsync(dbs, reference, options.NaiveFirms, dataset.Firms.Count);
            var pairs = (long)first.Firms * first.Policies;
            var extrapolated = naive.Time / naive.Pairs * pairs;
            Console.WriteLine($"  {target} naive: {naive.Pairs:N0} pairs ({naive.Firms:N0} firms × {first.Policies}) in {naive.Time.TotalSeconds:N2} s, {naive.Matches:N0} matches");
            await CheckSampleAsync(dbs, naive);

            var profile = await ProfileAsync(dbs, reference);
            profile.ForEach(p => Console.WriteLine($"  {target} {p.Piece}: {p.Time.TotalSeconds:N2} s"));

            var what = $"{first.Firms:N0} operating firms × {first.Policies} policies ({pairs:N0} pairs)";
            report.Single(target, $"Matching, first full run: {what} → {first.Matches:N0} matches written", $"**{firstTime.TotalSeconds:N2} s**");
            report.Single(target, "  of which load (plans, facts, paid milestones, names) / match / write (diff + bulk insert + commit)", firstStages.ToString());
            report.Single(target, $"  peak working set during the first run ({start:N0} MB at its start)", $"{peak:N0} MB");
            report.Single(target, "Matching, second run, nothing changed (diff path: 0 rows written)", $"{secondTime.TotalSeconds:N2} s ({secondStages})");
            report.Single(target, $"Matching, full write again in a warm process ({first.Matches:N0} rows)", $"{warmTime.TotalSeconds:N2} s ({warmStages})");
            report.Single(target, $"Naive: facts loaded per (firm, policy) pair, {naive.Firms:N0} sampled firms × {first.Policies} policies = {naive.Pairs:N0} pairs",
                $"{naive.Time.TotalSeconds:N2} s ({naive.Time.TotalMilliseconds / naive.Pairs:N3} ms per pair)");
            report.Single(target, $"Naive extrapolated to the run's {pairs:N0} pairs, against the first full run",
                $"{extrapolated.TotalSeconds:N0} s ({extrapolated.TotalHours:N1} h): the run is **{extrapolated / firstTime:N0}× faster**");
            profile.ForEach(p => report.Single(target, $"  profile, alone and warm — {p.Piece}", S(p.Time)));
        }
    }

    private static async Task<(RunMatching.Outcome Outcome, TimeSpan Time, Stages Stages)> RunAsync(RunMatching matching)
    {
        var watch = Stopwatch.StartNew();
        var stages = new Stages(watch);
        var outcome = await matching.HandleAsync(Province, MatchTrigger.Manual, Actor.System, stages, CancellationToken.None);
        var time = watch.Elapsed;
        stages.End(time);
        return (outcome, time, stages);
    }

    private static async Task<int> CountAsync(IDbContextFactory<AppDbContext> dbs, System.Linq.Expressions.Expression<Func<PolicyMatch, bool>> where)
    {
        await using var db = await dbs.CreateDbContextAsync();
        return await db.PolicyMatches.CountAsync(where);
    }

    /// <summary>Firms (the bulk loader), their titles, the chain placements, two years of reports (sqlite3 .import / COPY) and the policies.</summary>
    private static async Task SeedAsync(BenchDatabase database, StatisticsDataset dataset, int seed)
    {
        await BulkLoader.LoadAsync(database, dataset.Firms);
        await LoadTagsAsync(database, dataset.Firms);
        await ChainBench.SeedAsync(database);
        var baseline = await ReportBaseline.CreateAsync(database);
        var csv = Path.Combine(Path.GetTempPath(), $"chainchief-matching-{Guid.NewGuid():N}.csv");
        try
        {
            foreach (var (_, reports) in dataset.ByMonth())
            {
                await baseline.WriteCsvAsync(csv, reports);
                await baseline.LoadAsync(csv);
            }
        }
        finally
        {
            File.Delete(csv);
        }
        await SavePoliciesAsync(database, seed);
    }

    /// <summary>The registry's titles (the bulk loader writes firms only): firm i is id i + 1.</summary>
    private static async Task LoadTagsAsync(BenchDatabase database, IReadOnlyList<Enterprise> firms)
    {
        var firmId = typeof(EnterpriseTag).GetProperty(nameof(EnterpriseTag.EnterpriseId), BindingFlags.Public | BindingFlags.Instance)!;
        var tags = new List<EnterpriseTag>();
        for (var i = 0; i < firms.Count; i++)
        {
            foreach (var tag in firms[i].Tags)
            {
                firmId.SetValue(tag, i + 1);
                tags.Add(tag);
            }
        }
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var tx = await db.Database.BeginTransactionAsync();
        await BulkInsert.InsertAsync(db, tags, null, CancellationToken.None);
        await tx.CommitAsync();
    }

    /// <summary>
    /// The policies through the real <see cref="SavePolicy"/> (validation, code checks, revision 1), then published by
    /// setting their status: <see cref="ChangePolicyStatus"/> would start a background matching run for each.
    /// </summary>
    private static async Task SavePoliciesAsync(BenchDatabase database, int seed)
    {
        var dbs = database.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        var reference = database.Services.GetRequiredService<ReferenceData>();
        await using var db = await dbs.CreateDbContextAsync();
        var chains = await db.Chains.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
        var save = new SavePolicy(dbs, reference, new FixedClock(Now));
        foreach (var input in MatchingPolicies.Create(seed, reference, chains))
        {
            await save.HandleAsync(null, input, Actor.System, CancellationToken.None);
        }
        await db.Policies.ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PolicyStatus.Active));
    }

    internal sealed record Naive(int Firms, int Pairs, TimeSpan Time, int Matches, List<int> FirmIds);

    /// <summary>
    /// The baseline: for every (firm, policy) pair, the firm's facts are read with the per-firm queries and the policy is
    /// evaluated — what matching looks like written one firm and one policy at a time. The plans and names are read once
    /// (in the baseline's favour) and nothing is written. Firms are every k-th of the registry, so the sample spreads
    /// over counties, scales and chains.
    /// </summary>
    private static async Task<Naive> NaiveAsync(IDbContextFactory<AppDbContext> dbs, ReferenceData reference, int sample, int firms)
    {
        await using var db = await dbs.CreateDbContextAsync();
        var plans = await RunMatching.PlansAsync(db, Province, AsOf, CancellationToken.None);
        var paid = await RunMatching.PaidMilestonesAsync(db, plans, Province, AsOf.Year - 1, CancellationToken.None);
        var names = await PolicyNames.LoadAsync(db, reference, Province, CancellationToken.None);
        var step = Math.Max(1, firms / sample);
        var ids = Enumerable.Range(0, Math.Min(sample, firms)).Select(i => 1 + i * step).ToList();
        await FirmFactsLoader.LoadAsync(db, Province, AsOf, CancellationToken.None, ids[0]); // warm-up: query compilation
        var (pairs, matches) = (0, 0);
        var watch = Stopwatch.StartNew();
        foreach (var id in ids)
        {
            foreach (var plan in plans)
            {
                pairs++;
                var facts = await FirmFactsLoader.LoadAsync(db, Province, AsOf, CancellationToken.None, id);
                if (facts is [var firm] && firm.CountyCode.StartsWith(plan.RegionCode, StringComparison.Ordinal)
                    && RuleEngine.Test(plan.Rule, firm, plan.Parameters, AsOf) && PolicyMatcher.Qualifies(plan, firm, paid, names.Namer) is not null)
                {
                    matches++;
                }
            }
        }
        return new Naive(ids.Count, pairs, watch.Elapsed, matches, ids);
    }

    /// <summary>The naive pairs must find what the run stored for the same firms.</summary>
    private static async Task CheckSampleAsync(IDbContextFactory<AppDbContext> dbs, Naive naive)
    {
        await using var db = await dbs.CreateDbContextAsync();
        var stored = 0;
        foreach (var ids in naive.FirmIds.Chunk(500))
        {
            stored += await db.PolicyMatches.CountAsync(m => m.Current && ids.Contains(m.EnterpriseId));
        }
        if (stored != naive.Matches)
        {
            throw new InvalidOperationException($"The naive baseline found {naive.Matches:N0} matches for its sample, the run stored {stored:N0}.");
        }
    }

    /// <summary>
    /// Where a full run's time goes: each piece of its three stages re-run alone in a warm process — the load's queries one
    /// by one (copies of <see cref="FirmFactsLoader"/>'s), the match split into rule tests and benefit computation (and the
    /// tests again with dated parameters resolved beforehand), the write split into reading the stored matches, building
    /// the rows, the bulk insert and the commit. Leaves the matches rewritten by the bench, not by a run.
    /// </summary>
    private static async Task<List<(string Piece, TimeSpan Time)>> ProfileAsync(IDbContextFactory<AppDbContext> dbs, ReferenceData reference)
    {
        var ct = CancellationToken.None;
        var pieces = new List<(string, TimeSpan)>();
        var watch = Stopwatch.StartNew();
        void Lap(string piece)
        {
            pieces.Add((piece, watch.Elapsed));
            watch.Restart();
        }
        await using var db = await dbs.CreateDbContextAsync();
        var year = AsOf.Year - 1;

        watch.Restart();
        var plans = await RunMatching.PlansAsync(db, Province, AsOf, ct);
        Lap("load: policies in force and their revisions");
        var scope = db.Enterprises.Where(e => e.CountyCode.StartsWith(Province));
        var inRegion = scope.Select(e => e.Id);
        var registry = await scope.AsNoTracking().Where(e => e.Status == OperatingStatus.Operating)
            .Select(e => new { e.Id, e.Name, e.CountyCode, e.IndustryCode, e.Scale, e.Employees }).ToListAsync(ct);
        Lap($"load: facts, query 1 — operating firms ({registry.Count:N0} rows)");
        var tags = await db.EnterpriseTags.AsNoTracking().Where(t => inRegion.Contains(t.EnterpriseId) && t.GrantedOn <= AsOf && (t.ExpiresOn == null || t.ExpiresOn >= AsOf))
            .Select(t => new { t.EnterpriseId, t.Kind }).ToListAsync(ct);
        Lap($"load: facts, query 2 — titles in force ({tags.Count:N0} rows)");
        var chains = await db.EnterpriseChains.AsNoTracking().Where(c => inRegion.Contains(c.EnterpriseId)).Select(c => new { c.EnterpriseId, c.ChainId }).ToListAsync(ct);
        Lap($"load: facts, query 3 — chains ({chains.Count:N0} rows)");
        var (from, to) = ((year - 1) * 100 + 1, year * 100 + 12);
        var sums = await db.MonthlyReports.AsNoTracking().Where(r => r.Period >= from && r.Period <= to && inRegion.Contains(r.EnterpriseId))
            .GroupBy(r => new { r.EnterpriseId, Year = r.Period / 100 })
            .Select(g => new { g.Key.EnterpriseId, g.Key.Year, Revenue = g.Sum(r => r.Revenue), Output = g.Sum(r => r.Output), Tax = g.Sum(r => r.Tax), RnD = g.Sum(r => r.RnD) })
            .ToListAsync(ct);
        Lap($"load: facts, query 4 — two years of reports summed per firm and year ({sums.Count:N0} sums)");
        var firms = await FirmFactsLoader.LoadAsync(db, Province, AsOf, ct);
        Lap($"load: facts, FirmFactsLoader.LoadAsync whole (the 4 queries + building {firms.Count:N0} FirmFacts)");
        var paid = await RunMatching.PaidMilestonesAsync(db, plans, Province, AsOf.Year - 1, ct);
        var names = await PolicyNames.LoadAsync(db, reference, Province, ct);
        Lap("load: paid milestones + chain names");

        var found = PolicyMatcher.Match(plans, firms, AsOf, paid, names.Namer);
        Lap($"match: PolicyMatcher.Match whole ({found.Count:N0} found, parallel over policies)");
        var passed = TestAll(plans, firms);
        Lap($"match: region prefix + RuleEngine.Test only, every pair ({passed:N0} pass)");
        var resolved = plans.Select(p => p with { Rule = Resolve(p.Rule, p.Parameters) }).ToList();
        Lap("(resolving the dated parameters of the rules once)");
        TestAll(resolved, firms);
        Lap("match: the same tests with dated parameters resolved to numbers beforehand");
        var benefits = 0;
        Parallel.For(0, plans.Count, i =>
        {
            var n = 0;
            foreach (var firm in firms)
            {
                if (firm.CountyCode.StartsWith(plans[i].RegionCode, StringComparison.Ordinal) && RuleEngine.Test(plans[i].Rule, firm, plans[i].Parameters, AsOf))
                {
                    n += PolicyMatcher.Qualifies(plans[i], firm, paid, names.Namer) is null ? 0 : 1;
                }
            }
            Interlocked.Add(ref benefits, n);
        });
        Lap($"match: tests + BenefitCalculator (amount and explanation text) for the {passed:N0} passing pairs");

        var stored = await db.PolicyMatches.AsNoTracking().Where(m => m.Year == year && m.CountyCode.StartsWith(Province))
            .Select(m => new { m.Id, m.PolicyId, m.EnterpriseId, m.RevisionId, m.Amount, m.Benefit, m.Milestones, m.Current, m.FirstRunId, m.FoundAt })
            .ToListAsync(ct);
        Lap($"write: read the stored matches for the diff ({stored.Count:N0} rows)");
        var byKey = stored.ToDictionary(m => (m.PolicyId, m.EnterpriseId));
        Lap("write: index them by (policy, firm)");
        var now = Now.UtcDateTime;
        var rows = found.Select(f => new PolicyMatch
        {
            PolicyId = f.Plan.PolicyId, RevisionId = f.Plan.RevisionId, EnterpriseId = f.Firm.EnterpriseId, Year = year, CountyCode = f.Firm.CountyCode,
            Amount = f.Benefit.Amount, Benefit = f.Benefit.Explanation.Truncate(500), Milestones = Milestones.Format(f.Benefit.MilestonesReached),
            Current = true, FoundAt = now,
        }).ToList();
        Lap($"write: build the {rows.Count:N0} PolicyMatch rows (explanation truncated, milestones formatted)");
        var unchanged = rows.Count(r => byKey.TryGetValue((r.PolicyId, r.EnterpriseId), out var old) && old.Current && old.RevisionId == r.RevisionId
            && old.Amount == r.Amount && old.Benefit == r.Benefit && old.Milestones == r.Milestones);
        Lap($"write: compare with the stored ones ({unchanged:N0} unchanged)");
        await db.PolicyMatches.ExecuteDeleteAsync(ct);
        watch.Restart();
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await BulkInsert.InsertAsync(db, rows, null, ct);
            Lap($"write: BulkInsert of the {rows.Count:N0} rows");
            await tx.CommitAsync(ct);
            Lap("write: commit");
        }
        return pieces;
    }

    /// <summary>The region prefix and rule test of every pair, parallel over policies as <see cref="PolicyMatcher.Match"/> runs them.</summary>
    private static int TestAll(List<PolicyPlan> plans, List<FirmFacts> firms)
    {
        var passed = 0;
        Parallel.For(0, plans.Count, i =>
        {
            var n = 0;
            foreach (var firm in firms)
            {
                if (firm.CountyCode.StartsWith(plans[i].RegionCode, StringComparison.Ordinal) && RuleEngine.Test(plans[i].Rule, firm, plans[i].Parameters, AsOf))
                {
                    n++;
                }
            }
            Interlocked.Add(ref passed, n);
        });
        return passed;
    }

    /// <summary>A copy of the rule with each parameter replaced by its value on the bench's day.</summary>
    private static PolicyRule Resolve(PolicyRule rule, IReadOnlyDictionary<string, PolicyParameter> parameters) => new()
    {
        Kind = rule.Kind, Fact = rule.Fact, Op = rule.Op, Values = rule.Values,
        Number = rule.Number ?? (rule.Parameter is { } p ? parameters[p].On(AsOf) : null),
        Children = [.. rule.Children.Select(c => Resolve(c, parameters))],
    };

    private static string S(TimeSpan t) => $"{t.TotalSeconds:N2} s";

    /// <summary>The run's stages as it reports them (<see cref="MatchStage"/>), timed from the run's start.</summary>
    private sealed class Stages(Stopwatch watch) : IProgress<JobProgress>
    {
        private readonly List<(string Stage, TimeSpan At)> marks = [];
        private TimeSpan end;

        public void Report(JobProgress value)
        {
            lock (marks)
            {
                if (marks.Count == 0 || marks[^1].Stage != value.Stage)
                {
                    marks.Add((value.Stage, watch.Elapsed));
                }
            }
        }

        public void End(TimeSpan at) => end = at;

        public TimeSpan Of(string stage)
        {
            var i = marks.FindIndex(m => m.Stage == stage);
            return i < 0 ? TimeSpan.Zero : (i + 1 < marks.Count ? marks[i + 1].At : end) - marks[i].At;
        }

        public override string ToString() =>
            $"load {Of(MatchStage.Loading).TotalSeconds:N2} s / match {Of(MatchStage.Matching).TotalSeconds:N2} s / write {Of(MatchStage.Writing).TotalSeconds:N2} s";
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
