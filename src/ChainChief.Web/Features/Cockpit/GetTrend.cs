using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure.Auth;

namespace ChainChief.Web.Features.Cockpit;

/// <summary>
/// A scope's monthly totals over the last 36 months with each month's 同口径 year-on-year growth (that month's reporting
/// firms against the same firms a year earlier), optionally narrowed to one row of a breakdown.
/// </summary>
public sealed class GetTrend(StatisticsSnapshot stats, Grouping grouping)
{
    public sealed record Query
    {
        /// <summary>The last month of the line; the latest month with data when omitted.</summary>
        public int? Period { get; init; }
        /// <summary>Output when omitted.</summary>
        public Metric? Metric { get; init; }
        /// <summary>Month when omitted.</summary>
        public Basis? Basis { get; init; }
        public string? Region { get; init; }
        public int? ChainId { get; init; }
        /// <summary>With <see cref="Key"/>, one row of a breakdown; the whole scope when omitted.</summary>
        public Dimension? Dimension { get; init; }
        public string? Key { get; init; }
    }

    /// <summary>A month's value and, as Base, the same firms' value a year earlier.</summary>
    public sealed record Point(int Period, decimal Value, decimal Base, decimal? Growth, int Firms);

    public sealed record Result(Metric Metric, Basis Basis, string Unit, string Label, IReadOnlyList<Point> Points);

    public async Task<Result?> HandleAsync(Query query, Actor actor, CancellationToken ct)
    {
        if (await stats.ResolveAsync(query.Period, ct) is not { } period)
        {
            return null;
        }
        var directory = await stats.DirectoryAsync(ct);
        if (CockpitScope.Resolve(actor, query.Region, query.ChainId, directory) is not { } scope)
        {
            return null;
        }
        var (dimension, metric, basis) = (query.Dimension ?? Dimension.City, query.Metric ?? Metric.Output, query.Basis ?? Basis.Month);
        var key = dimension == Dimension.City ? "" : query.Key ?? "";
        return await stats.ComputedAsync(("trend", period, scope, dimension, key, metric, basis), async c =>
        {
            var history = await stats.HistoryAsync(period, metric, basis, c);
            var label = grouping.Label(dimension, key, scope, directory);
            return new Result(metric, basis, CockpitLabels.Unit(metric), label,
                Compute(history, f => scope.Covers(f) && grouping.Matches(f, dimension, key, scope, directory), directory));
        }, ct);
    }

    /// <summary>Points for the window's last <see cref="StatisticsSnapshot.TrendMonths"/> months, from the first month anyone reported.</summary>
    public static IReadOnlyList<Point> Compute(MetricHistory history, Func<FirmInfo, bool> covers, FirmDirectory directory)
    {
        const int Lag = 12;
        var value = new decimal[history.Months];
        var @base = new decimal[history.Months];
        var firms = new int[history.Months];
        foreach (var (id, series) in history.Series)
        {
            if (!directory.Firms.TryGetValue(id, out var firm) || !covers(firm))
            {
                continue;
            }
            for (var i = Lag; i < series.Length; i++)
            {
                if (series[i] is { } v)
                {
                    value[i] += v;
                    @base[i] += series[i - Lag] ?? 0;
                    firms[i]++;
                }
            }
        }
        var first = Enumerable.Range(Lag, history.Months - Lag).FirstOrDefault(i => firms[i] > 0, history.Months);
        return [.. Enumerable.Range(first, history.Months - first).Select(i =>
            new Point(Periods.AddMonths(history.From, i), value[i], @base[i], GrowthMath.Growth(value[i], @base[i]), firms[i]))];
    }
}
