using ChainChief.Web.Data;
using ChainChief.Web.Features.Chains;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Projects;

/// <summary>
/// 招商 KPIs for a year (to a month), overall and by chain, county and month (DOMAIN §6):
/// signed count and amount (签约 in the period), ≥1亿 and ≥10亿 counts, 动工率 = of those signed, the share started;
/// 投产转化率 = of those signed and started, the share in operation; 到位资金 = funds arrived in the period's months.
/// Chains that have signed nothing in the year are flagged. Every figure has the project-list query behind it.
/// </summary>
public sealed class GetProjectKpis(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    /// <summary>1亿元 in 万元.</summary>
    public const decimal HundredMillion = 10_000m;

    public sealed record Query
    {
        public int? Year { get; init; }
        /// <summary>Up to and including this month (1–12); default the whole year, or this month in the current year.</summary>
        public int? Month { get; init; }
        public string? Region { get; init; }
        public int? ChainId { get; init; }
    }

    public sealed record Figures(int Signed, decimal SignedAmount, int Over100M, int Over1B, int Started, decimal? StartRate, int Operating,
        decimal? OperationRate, decimal FundsArrived);

    public sealed record Line(string Key, string Name, Figures Figures, bool NoSigning);

    public sealed record Result(int Year, int Month, DateOnly From, DateOnly To, Figures Total, IReadOnlyList<Line> ByChain, IReadOnlyList<Line> ByCounty,
        IReadOnlyList<Line> ByMonth, IReadOnlyList<string> ChainsWithoutSigning);

    private sealed record Item(int Id, int ChainId, string CountyCode, decimal Total, DateOnly? SignedOn, DateOnly? StartedOn, DateOnly? OperatingOn);

    public async Task<Result> HandleAsync(Query q, Actor actor, CancellationToken ct)
    {
        var today = clock.Today();
        var year = q.Year ?? today.Year;
        var month = Math.Clamp(q.Month ?? (year == today.Year ? today.Month : 12), 1, 12);
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1));
        await using var db = await dbs.CreateDbContextAsync(ct);
        var projects = db.Projects.AsNoTracking().VisibleTo(actor);
        if (!string.IsNullOrWhiteSpace(q.Region))
        {
            var region = q.Region.Trim();
            projects = projects.Where(p => p.CountyCode.StartsWith(region));
        }
        if (q.ChainId is { } chain)
        {
            projects = projects.Where(p => p.ChainId == chain);
        }
        var signed = await projects.Where(p => p.SignedOn >= from && p.SignedOn <= to)
            .Select(p => new Item(p.Id, p.ChainId, p.CountyCode, p.TotalInvestment, p.SignedOn, p.StartedOn, p.OperatingOn)).ToListAsync(ct);
        var (firstPeriod, lastPeriod) = (Periods.Of(from), Periods.Of(to));
        var funds = await (from f in db.ProjectFunding
                           join p in projects on f.ProjectId equals p.Id
                           where f.Period >= firstPeriod && f.Period <= lastPeriod
                           select new { p.ChainId, p.CountyCode, f.Period, f.Amount }).ToListAsync(ct);
        var chains = await db.Chains.AsNoTracking().VisibleTo(actor).Where(c => c.ParentId == null && (q.ChainId == null || c.Id == q.ChainId))
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        var byChain = chains.Select(c => Of(c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Name,
            signed.Where(s => s.ChainId == c.Id), funds.Where(f => f.ChainId == c.Id).Sum(f => f.Amount), to)).ToList();
        var counties = signed.Select(s => s.CountyCode).Concat(funds.Select(f => f.CountyCode)).Distinct().Order().ToList();
        var byCounty = counties.Select(c => Of(c, c, signed.Where(s => s.CountyCode == c), funds.Where(f => f.CountyCode == c).Sum(f => f.Amount), to)).ToList();
        var byMonth = Enumerable.Range(1, month).Select(m => Of(m.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{m}月",
            signed.Where(s => s.SignedOn!.Value.Month == m), funds.Where(f => Periods.Month(f.Period) == m).Sum(f => f.Amount), to)).ToList();
        return new Result(year, month, from, to, Compute(signed, funds.Sum(f => f.Amount), to), byChain, byCounty, byMonth,
            [.. byChain.Where(l => l.NoSigning).Select(l => l.Name)]);
    }

    private static Line Of(string key, string name, IEnumerable<Item> items, decimal funds, DateOnly to)
    {
        var figures = Compute([.. items], funds, to);
        return new Line(key, name, figures, figures.Signed == 0);
    }

    private static Figures Compute(IReadOnlyList<Item> signed, decimal funds, DateOnly to)
    {
        var started = signed.Count(s => s.StartedOn <= to);
        var operating = signed.Count(s => s.StartedOn <= to && s.OperatingOn <= to);
        return new Figures(signed.Count, signed.Sum(s => s.Total), signed.Count(s => s.Total >= HundredMillion), signed.Count(s => s.Total >= 10 * HundredMillion),
            started, signed.Count > 0 ? Math.Round((decimal)started / signed.Count, 4) : null,
            operating, started > 0 ? Math.Round((decimal)operating / started, 4) : null, funds);
    }
}
