using ChainChief.Web.Data;
using ChainChief.Web.Features.Cockpit;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Targets;

/// <summary>
/// Every target the actor may see with its progress in a month. Actuals come from the cockpit's cached year-to-date
/// trend of the target's scope (city or county region, or chain), so the figures match the cockpit's.
/// </summary>
public sealed class TargetProgressReader(IDbContextFactory<AppDbContext> dbs, StatisticsSnapshot stats, GetTrend trend)
{
    public sealed record Filter
    {
        /// <summary>YYYYMM; the latest month with statistics when omitted.</summary>
        public int? Period { get; init; }
        public TargetScope? Scope { get; init; }
        /// <summary>Targets of this city or county only (exact code).</summary>
        public string? Region { get; init; }
        public int? ChainId { get; init; }
        public Metric? Metric { get; init; }
        public bool? BehindOnly { get; init; }
    }

    public sealed record Row(int Id, string Name, TargetScope Scope, string RegionCode, int? ChainId, Metric Metric, TargetKind Kind,
        int StartYear, int EndYear, decimal TargetValue, decimal? BaseValue, string? Source, int Version, TargetProgress.Result? Progress);

    public sealed record Result(int? Period, IReadOnlyList<Row> Targets);

    public async Task<Result> ListAsync(Filter filter, Actor actor, CancellationToken ct)
    {
        var period = await stats.ResolveAsync(filter.Period, ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var targets = await Visible(db.Targets.AsNoTracking(), actor)
            .Where(t => filter.Scope == null || t.Scope == filter.Scope)
            .Where(t => filter.Region == null || t.RegionCode == filter.Region)
            .Where(t => filter.ChainId == null || t.ChainId == filter.ChainId)
            .Where(t => filter.Metric == null || t.Metric == filter.Metric)
            .OrderBy(t => t.Scope).ThenBy(t => t.RegionCode).ThenBy(t => t.ChainId).ThenBy(t => t.Id).ToListAsync(ct);
        var rows = new List<Row>();
        foreach (var t in targets)
        {
            var progress = period is { } p && Periods.Year(p) >= t.StartYear && Periods.Year(p) <= t.EndYear ? await ProgressAsync(t, p, actor, ct) : null;
            rows.Add(new Row(t.Id, t.Name, t.Scope, t.RegionCode, t.ChainId, t.Metric, t.Kind, t.StartYear, t.EndYear, t.TargetValue, t.BaseValue,
                t.Source, t.Version, progress));
        }
        return new Result(period, filter.BehindOnly == true ? [.. rows.Where(r => r.Progress?.Behind == true).OrderBy(r => r.Progress!.Gap)] : rows);
    }

    /// <summary>Targets set for the actor's region or within it: a county officer sees its county's (the city's figures are not its to see).</summary>
    public static IQueryable<Target> Visible(IQueryable<Target> targets, Actor actor) => actor.IsEnterpriseUser
        ? targets.Where(_ => false)
        : targets.Where(t => t.RegionCode.StartsWith(actor.RegionScope));

    private async Task<TargetProgress.Result?> ProgressAsync(Target t, int period, Actor actor, CancellationToken ct)
    {
        var query = new GetTrend.Query
        {
            Period = period, Metric = t.Metric, Basis = Basis.YearToDate,
            Region = t.Scope == TargetScope.Chain ? null : t.RegionCode, ChainId = t.Scope == TargetScope.Chain ? t.ChainId : null,
        };
        // Enterprise users never get here (Visible gives them no targets), so the cockpit scope cannot refuse.
        var series = await trend.HandleAsync(query, actor, ct);
        if (series is null)
        {
            return null;
        }
        var points = series.Points.ToDictionary(p => p.Period);
        var year = Periods.Year(period);
        decimal? At(int y, int m) => points.TryGetValue(Periods.Of(y, m), out var p) && p.Firms > 0 ? p.Value : null;
        var last = Enumerable.Range(1, 12).Select(m => At(year - 1, m)).ToList();
        var current = points.GetValueOrDefault(period);
        return TargetProgress.Compute(t, period, new(current?.Value ?? 0, last.All(v => v is not null) ? [.. last.Select(v => v!.Value)] : null,
            At(t.StartYear - 1, 12), current?.Growth));
    }
}
