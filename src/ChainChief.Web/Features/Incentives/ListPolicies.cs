using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Incentives;

/// <summary>The policy library as officials see it: in force first, each with this year's eligible firms, amounts and 应享尽享 rate.</summary>
public sealed class ListPolicies(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    public sealed record Query
    {
        /// <summary>Words in the title, issuer or document number.</summary>
        public string? Text { get; init; }
        public PolicyMode? Mode { get; init; }
        public PolicyStatus? Status { get; init; }
        /// <summary>The figures' year (default: last year, the one today's matching uses).</summary>
        public int? Year { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
    }

    public sealed record Row(int Id, string Title, string Issuer, string DocumentNo, string RegionCode, PolicyMode Mode, PolicyStatus Status, DateOnly EffectiveFrom,
        DateOnly? EffectiveTo, int Revision, bool InForce, EnjoymentRate.Figures? Figures);

    public sealed record Result(int Year, EnjoymentRate.Figures Total, PagedList<Row> Policies);

    public async Task<Result> HandleAsync(Query query, Actor actor, CancellationToken ct)
    {
        var today = clock.Today();
        var year = query.Year ?? PolicyScope.FactYear(today);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var policies = Filter(db, query, actor);
        var page = await PagedList<Policy>.CreateAsync(policies.OrderBy(p => p.Status == PolicyStatus.Active ? 0 : p.Status == PolicyStatus.Draft ? 1 : 2)
            .ThenByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.Id), query.Page ?? 1, query.PageSize ?? 20, ct);
        var (total, byPolicy) = await EnjoymentRate.ComputeAsync(db, year, null, actor, ct);
        var figures = byPolicy.ToDictionary(r => r.PolicyId, r => r.Figures);
        var rows = page.Items.Select(p => new Row(p.Id, p.Title, p.Issuer, p.DocumentNo, p.RegionCode, p.Mode, p.Status, p.EffectiveFrom, p.EffectiveTo, p.Revision,
            p.InForce(today), figures.GetValueOrDefault(p.Id))).ToList();
        return new Result(year, total, new PagedList<Row>(rows, page.Total, page.Page, page.PageSize));
    }

    internal static IQueryable<Policy> Filter(AppDbContext db, Query query, Actor actor)
    {
        var policies = db.Policies.AsNoTracking().VisibleTo(actor);
        if (query.Text.TrimToNull() is { } text)
        {
            policies = policies.Where(p => p.Title.Contains(text) || p.Issuer.Contains(text) || p.DocumentNo.Contains(text));
        }
        if (query.Mode is { } mode)
        {
            policies = policies.Where(p => p.Mode == mode);
        }
        if (query.Status is { } status)
        {
            policies = policies.Where(p => p.Status == status);
        }
        return policies;
    }
}
