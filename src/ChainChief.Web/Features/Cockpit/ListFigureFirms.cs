using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;

namespace ChainChief.Web.Features.Cockpit;

/// <summary>
/// The drill-down behind any cockpit figure: the firms of one row of a breakdown (or of the whole scope) with their own
/// figures — value, year-ago value, increment, growth, 环比, their part of the row's increment and value — sortable and paged.
/// </summary>
public sealed class ListFigureFirms(StatisticsSnapshot stats, Grouping grouping, ReferenceData reference)
{
    public sealed record Query
    {
        public int? Period { get; init; }
        /// <summary>The breakdown the figure came from; City (the default) is the whole scope.</summary>
        public Dimension? Dimension { get; init; }
        /// <summary>The row's key in that breakdown (a county code, a chain id …).</summary>
        public string? Key { get; init; }
        /// <summary>Output when omitted.</summary>
        public Metric? Metric { get; init; }
        /// <summary>Month when omitted.</summary>
        public Basis? Basis { get; init; }
        public string? Region { get; init; }
        public int? ChainId { get; init; }
        /// <summary>value | yearAgo | increment | growth | mom | contribution | name | county</summary>
        public string? Sort { get; init; }
        public bool? Desc { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
    }

    /// <summary>One firm: YearAgo is null when it did not report a year ago (it adds nothing to the base); Contribution is its
    /// increment ÷ the row's increment and Share its value ÷ the row's value, in percent.</summary>
    public sealed record Row(int Id, string Name, string County, string CountyName, string? Park, string Industry, string IndustryName,
        EnterpriseScale Scale, decimal Value, decimal? YearAgo, decimal Increment, decimal? Growth, decimal? PreviousMonth, decimal? MoM,
        decimal? Contribution, decimal? Share);

    public sealed record Result(int Period, Dimension Dimension, string? Key, Metric Metric, Basis Basis, string Unit, string Label,
        GrowthMath.Figures Figures, PagedList<Row> Firms);

    public async Task<Result?> HandleAsync(Query query, Actor actor, CancellationToken ct)
    {
        if (await AllAsync(query, actor, ct) is not { } all)
        {
            return null;
        }
        var sorted = Sort(all.Rows, query.Sort, query.Desc ?? query.Sort is not ("name" or "county"));
        var size = Math.Clamp(query.PageSize ?? 20, 1, PagedList<Row>.MaxPageSize);
        var page = Math.Max(1, query.Page ?? 1);
        var metric = query.Metric ?? Metric.Output;
        return new Result(all.Period, query.Dimension ?? Dimension.City, query.Key, metric, query.Basis ?? Basis.Month, CockpitLabels.Unit(metric), all.Label,
            all.Figures, new PagedList<Row>([.. sorted.Skip((page - 1) * size).Take(size)], all.Rows.Count, page, size));
    }

    public sealed record Group(int Period, string Label, GrowthMath.Figures Figures, IReadOnlyList<Row> Rows);

    /// <summary>Every firm behind the figure, unsorted (the export sorts them itself).</summary>
    public async Task<Group?> AllAsync(Query query, Actor actor, CancellationToken ct)
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
        var (dimension, metric, basis) = (query.Dimension ?? Dimension.City, query.Metric ?? Metric.Output, query.Basis ?? Basis.Month);
        var key = dimension == Dimension.City ? "" : query.Key ?? "";
        return await stats.ComputedAsync(("firms", period, scope, dimension, key, metric, basis),
            _ => Task.FromResult(Compute(snapshot, scope, dimension, key, metric, basis)), ct);
    }

    private Group Compute(PeriodSnapshot snapshot, CockpitScope scope, Dimension dimension, string key, Metric metric, Basis basis)
    {
        var firms = snapshot.Firms.Where(f => scope.Covers(f.Firm) && grouping.Matches(f.Firm, dimension, key, scope, snapshot.Directory))
            .Select(f => (f.Firm, Value: f.ValueOf(metric, basis))).Where(f => f.Value is not null).ToList();
        var sums = GrowthMath.Sum(firms.Select(f => f.Value!.Value));
        var rows = firms.Select(f =>
        {
            var (firm, v) = (f.Firm, f.Value!.Value);
            var increment = v.Current - (v.YearAgo ?? 0);
            return new Row(firm.Id, firm.Name, firm.County, reference.RegionName(firm.County), firm.Park, firm.Industry,
                reference.IndustryName(firm.Industry), firm.Scale, v.Current, v.YearAgo, increment,
                v.YearAgo is { } y ? GrowthMath.Growth(v.Current, y) : null, v.PreviousMonth,
                v.PreviousMonth is { } p ? GrowthMath.Growth(v.Current, p) : null,
                GrowthMath.Ratio(increment, sums.Increment), GrowthMath.Share(v.Current, sums.Value));
        }).ToList();
        var label = dimension == Dimension.City ? grouping.Label(dimension, key, scope, snapshot.Directory)
            : $"{grouping.Label(Dimension.City, "", scope, snapshot.Directory)} · {grouping.Label(dimension, key, scope, snapshot.Directory)}";
        return new Group(snapshot.Period, label, GrowthMath.Compare(sums, sums), rows);
    }

    public static IEnumerable<Row> Sort(IEnumerable<Row> rows, string? sort, bool desc)
    {
        Func<Row, object?> by = sort switch
        {
            "name" => r => r.Name,
            "county" => r => r.County,
            "yearAgo" => r => r.YearAgo,
            "increment" => r => r.Increment,
            "growth" => r => r.Growth,
            "mom" => r => r.MoM,
            "contribution" => r => r.Contribution,
            _ => r => r.Value,
        };
        // Firms without a figure (no year-ago report) sort last either way; ties by id keep pages stable.
        var ordered = rows.OrderBy(r => by(r) is null ? 1 : 0);
        ordered = desc ? ordered.ThenByDescending(by) : ordered.ThenBy(by);
        return ordered.ThenBy(r => r.Id);
    }
}
