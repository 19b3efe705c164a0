using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure.Auth;

namespace ChainChief.Web.Features.Cockpit;

/// <summary>
/// A metric split by a dimension within a scope: each row's value, 同口径 base and growth, increment, 贡献率 and 拉动
/// against the scope's total, 增长面, share of the scope and of the actor's whole region, firm count.
/// </summary>
public sealed class GetBreakdown(StatisticsSnapshot stats, Grouping grouping)
{
    public sealed record Query
    {
        /// <summary>YYYYMM; the latest month with data when omitted.</summary>
        public int? Period { get; init; }
        /// <summary>County when omitted.</summary>
        public Dimension? Dimension { get; init; }
        /// <summary>Output when omitted.</summary>
        public Metric? Metric { get; init; }
        /// <summary>Month when omitted.</summary>
        public Basis? Basis { get; init; }
        /// <summary>A prefecture or county within the actor's region (the county page); the actor's region when omitted.</summary>
        public string? Region { get; init; }
        /// <summary>Only firms on this chain or its sub-chains (the chain page).</summary>
        public int? ChainId { get; init; }
    }

    public sealed record Row(string Key, string Label, GrowthMath.Figures Figures, decimal? ShareOfRegion);

    public sealed record Result(int Period, Dimension Dimension, Metric Metric, Basis Basis, string Unit, Row Total, IReadOnlyList<Row> Rows);

    /// <summary>Null when there are no statistics yet or the scope is not the actor's to see.</summary>
    public async Task<Result?> HandleAsync(Query query, Actor actor, CancellationToken ct)
    {
        if (await stats.ResolveAsync(query.Period, ct) is not { } period)
        {
            return null;
        }
        var snapshot = await stats.ForPeriodAsync(period, ct);
        if (CockpitScope.Resolve(actor, query.Region, query.ChainId, snapshot.Directory) is not { } scope)
        {
            return null;
        }
        var (dimension, metric, basis) = (query.Dimension ?? Dimension.County, query.Metric ?? Metric.Output, query.Basis ?? Basis.Month);
        return await stats.ComputedAsync(("breakdown", period, scope, dimension, metric, basis),
            _ => Task.FromResult(Compute(snapshot, scope, dimension, metric, basis)), ct);
    }

    private Result Compute(PeriodSnapshot snapshot, CockpitScope scope, Dimension dimension, Metric metric, Basis basis)
    {
        var directory = snapshot.Directory;
        var inScope = snapshot.Firms.Where(f => scope.Covers(f.Firm)).ToList();
        var total = PeriodSnapshot.Sum(inScope, metric, basis);
        var home = scope == scope.Whole ? total : PeriodSnapshot.Sum(snapshot.Firms.Where(f => scope.Whole.Covers(f.Firm)), metric, basis);
        var groups = new Dictionary<string, List<GrowthMath.FirmValue>>();
        foreach (var firm in inScope)
        {
            if (firm.ValueOf(metric, basis) is not { } value)
            {
                continue;
            }
            foreach (var key in grouping.KeysOf(firm.Firm, dimension, scope, directory))
            {
                (groups.TryGetValue(key, out var list) ? list : groups[key] = []).Add(value);
            }
        }
        Row ToRow(string key, GrowthMath.Totals sums) =>
            new(key, grouping.Label(dimension, key, scope, directory), GrowthMath.Compare(sums, total), GrowthMath.Share(sums.Value, home.Value));
        var rows = groups.OrderBy(g => grouping.Order(dimension, g.Key, directory)).Select(g => ToRow(g.Key, GrowthMath.Sum(g.Value))).ToList();
        return new Result(snapshot.Period, dimension, metric, basis, CockpitLabels.Unit(metric), ToRow("", total) with
        {
            Label = grouping.Label(Dimension.City, "", scope, directory),
        }, rows);
    }
}
