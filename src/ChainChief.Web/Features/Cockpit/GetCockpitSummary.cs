using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure.Auth;

namespace ChainChief.Web.Features.Cockpit;

/// <summary>
/// The headline figures of a scope for a period: every metric 当月 and 本年累计 with 同口径 growth, increment, 增长面, 环比
/// and share of the actor's region; how many firms reported a year ago but not now (left out of both sides); and the
/// area the firms lie in, which decides the map (a city's counties, or a province's prefectures).
/// </summary>
public sealed class GetCockpitSummary(StatisticsSnapshot stats, Grouping grouping)
{
    public sealed record Query
    {
        /// <summary>YYYYMM; the latest month with data when omitted.</summary>
        public int? Period { get; init; }
        public string? Region { get; init; }
        public int? ChainId { get; init; }
    }

    public sealed record Kpi(Metric Metric, Basis Basis, string Unit, GrowthMath.Figures Figures, decimal? ShareOfRegion);

    /// <summary>Area is the longest division-code prefix the scope's firms share (at least the scope's region); LeftFirms
    /// reported a year ago but not this month.</summary>
    public sealed record Result(int Period, string Label, string Region, int? ChainId, string Area, IReadOnlyList<Kpi> Kpis, int LeftFirms)
    {
        public Kpi Of(Metric metric, Basis basis) => Kpis.Single(k => k.Metric == metric && k.Basis == basis);
    }

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
        return await stats.ComputedAsync(("summary", period, scope), _ => Task.FromResult(Compute(snapshot, scope)), ct);
    }

    private Result Compute(PeriodSnapshot snapshot, CockpitScope scope)
    {
        var inScope = snapshot.Firms.Where(f => scope.Covers(f.Firm)).ToList();
        var region = scope == scope.Whole ? inScope : [.. snapshot.Firms.Where(f => scope.Whole.Covers(f.Firm))];
        var kpis = new List<Kpi>();
        foreach (var metric in Enum.GetValues<Metric>())
        {
            foreach (var basis in Enum.GetValues<Basis>())
            {
                var sums = PeriodSnapshot.Sum(inScope, metric, basis);
                var whole = ReferenceEquals(region, inScope) ? sums : PeriodSnapshot.Sum(region, metric, basis);
                kpis.Add(new Kpi(metric, basis, CockpitLabels.Unit(metric), GrowthMath.Compare(sums, sums), GrowthMath.Share(sums.Value, whole.Value)));
            }
        }
        return new Result(snapshot.Period, grouping.Label(Dimension.City, "", scope, snapshot.Directory), scope.Region, scope.ChainId,
            Area(scope.Region, inScope.Select(f => f.Firm.County)), kpis, snapshot.Left.Count(scope.Covers));
    }

    /// <summary>The longest even-length prefix all the codes share, never shorter than the scope's region.</summary>
    public static string Area(string region, IEnumerable<string> counties)
    {
        string? common = null;
        foreach (var county in counties)
        {
            common = common is null ? county : common[..CommonLength(common, county)];
        }
        common ??= region;
        common = common[..(common.Length / 2 * 2)];
        return common.Length < region.Length ? region : common;
    }

    private static int CommonLength(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }
        return n;
    }
}
