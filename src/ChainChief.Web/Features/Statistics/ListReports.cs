using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Statistics;

/// <summary>Stored monthly reports within the actor's scope: by period, county, chain and firm name or credit code, paged.</summary>
public sealed class ListReports(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Query
    {
        /// <summary>YYYYMM.</summary>
        public int? Period { get; init; }
        /// <summary>Division-code prefix: a county (610902) or a city (6109).</summary>
        public string? Region { get; init; }
        /// <summary>Firms on this industrial chain (产业链).</summary>
        public int? ChainId { get; init; }
        /// <summary>Part of the firm's name or credit code.</summary>
        public string? Q { get; init; }
        /// <summary>One firm's reports only.</summary>
        public int? EnterpriseId { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
    }

    public sealed record Row(long Id, int EnterpriseId, string CreditCode, string Name, string CountyCode, int Period,
        ReportInputKind InputKind, ReportSource Source, decimal Output, decimal OutputYtd, decimal Revenue, decimal RevenueYtd,
        decimal Profit, decimal ProfitYtd, decimal Tax, decimal TaxYtd, decimal ElectricityKwh10k, decimal ElectricityKwh10kYtd,
        decimal RnD, decimal RnDYtd, decimal? ValueAdded, decimal? ValueAddedYtd, int Employees, string? ConfirmedWarning,
        int Version, DateTime UpdatedAt, string UpdatedBy)
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public Amounts Monthly => new(Output, Revenue, Profit, Tax, ElectricityKwh10k, RnD, ValueAdded);
        [System.Text.Json.Serialization.JsonIgnore]
        public Amounts Ytd => new(OutputYtd, RevenueYtd, ProfitYtd, TaxYtd, ElectricityKwh10kYtd, RnDYtd, ValueAddedYtd);
    }

    public async Task<PagedList<Row>> HandleAsync(Query query, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await PagedList<Row>.CreateAsync(Filtered(db, query, actor), query.Page ?? 1, query.PageSize ?? 20, ct);
    }

    /// <summary>Months that hold reports the actor may see, latest first, for the period filter.</summary>
    public async Task<IReadOnlyList<int>> PeriodsAsync(Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var firms = db.Enterprises.VisibleTo(actor);
        return await db.MonthlyReports.Where(r => firms.Any(e => e.Id == r.EnterpriseId))
            .Select(r => r.Period).Distinct().OrderByDescending(p => p).ToListAsync(ct);
    }

    /// <summary>Filtered rows, latest month first and by name; the export runs the same query unpaged.</summary>
    public IQueryable<Row> Filtered(AppDbContext db, Query q, Actor actor)
    {
        var firms = db.Enterprises.AsNoTracking().VisibleTo(actor);
        if (!string.IsNullOrWhiteSpace(q.Region))
        {
            var region = q.Region.Trim();
            firms = firms.Where(e => e.CountyCode.StartsWith(region));
        }
        if (q.ChainId is int chain)
        {
            firms = firms.Where(e => e.Chains.Any(c => c.ChainId == chain));
        }
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var text = q.Q.Trim();
            var upper = text.ToUpperInvariant();
            firms = firms.Where(e => e.Name.Contains(text) || e.CreditCode.Contains(upper));
        }
        if (q.EnterpriseId is int firm)
        {
            firms = firms.Where(e => e.Id == firm);
        }
        var reports = db.MonthlyReports.AsNoTracking();
        if (q.Period is int period)
        {
            reports = reports.Where(r => r.Period == period);
        }
        return from r in reports
               join e in firms on r.EnterpriseId equals e.Id
               orderby r.Period descending, e.Name, e.Id
               select new Row(r.Id, e.Id, e.CreditCode, e.Name, e.CountyCode, r.Period, r.InputKind, r.Source,
                   r.Output, r.OutputYtd, r.Revenue, r.RevenueYtd, r.Profit, r.ProfitYtd, r.Tax, r.TaxYtd,
                   r.ElectricityKwh10k, r.ElectricityKwh10kYtd, r.RnD, r.RnDYtd, r.ValueAdded, r.ValueAddedYtd,
                   r.Employees, r.ConfirmedWarning, r.Version, r.UpdatedAt, r.UpdatedBy);
    }
}
