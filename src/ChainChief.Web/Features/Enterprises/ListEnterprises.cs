using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Enterprises;

/// <summary>The registry list: search, filters, sorting and paging, within the actor's scope.</summary>
public sealed class ListEnterprises(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    public sealed record Query
    {
        /// <summary>Part of the name or of the credit code.</summary>
        public string? Q { get; init; }
        /// <summary>Division-code prefix: a county (610902) or a city (6109).</summary>
        public string? Region { get; init; }
        /// <summary>GB/T 4754 code prefix at any level (38, 383, 3831).</summary>
        public string? Industry { get; init; }
        public int? ChainId { get; init; }
        public EnterpriseScale? Scale { get; init; }
        /// <summary>Firms holding this title today.</summary>
        public EnterpriseTagKind? Tag { get; init; }
        public OperatingStatus? Status { get; init; }
        /// <summary>name | creditCode | county | industry | employees | landMu | updatedAt</summary>
        public string? Sort { get; init; }
        public bool? Desc { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
    }

    public sealed record Row(int Id, string CreditCode, string Name, string CountyCode, string? Park, string IndustryCode,
        EnterpriseScale Scale, OperatingStatus Status, decimal LandMu, int Employees, DateTime UpdatedAt);

    public async Task<PagedList<Row>> HandleAsync(Query query, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = Filtered(db, query, actor).Select(e => new Row(e.Id, e.CreditCode, e.Name, e.CountyCode, e.Park,
            e.IndustryCode, e.Scale, e.Status, e.LandMu, e.Employees, e.UpdatedAt));
        return await PagedList<Row>.CreateAsync(rows, query.Page ?? 1, query.PageSize ?? 20, ct);
    }

    /// <summary>Counties that hold firms visible to the actor, for the county filter.</summary>
    public async Task<IReadOnlyList<string>> CountiesAsync(Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Enterprises.AsNoTracking().VisibleTo(actor).Select(e => e.CountyCode).Distinct().OrderBy(c => c).ToListAsync(ct);
    }

    /// <summary>Filtered and sorted firms; the export uses the same query without paging.</summary>
    public IQueryable<Enterprise> Filtered(AppDbContext db, Query q, Actor actor)
    {
        var today = clock.Today();
        var firms = db.Enterprises.AsNoTracking().VisibleTo(actor);
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var text = q.Q.Trim();
            var upper = text.ToUpperInvariant();
            firms = firms.Where(e => e.Name.Contains(text) || e.CreditCode.Contains(upper));
        }
        if (!string.IsNullOrWhiteSpace(q.Region))
        {
            var region = ReferenceAliases(q.Region.Trim());
            firms = firms.Where(e => e.CountyCode.StartsWith(region));
        }
        if (!string.IsNullOrWhiteSpace(q.Industry))
        {
            firms = firms.Where(e => e.IndustryCode.StartsWith(q.Industry.Trim()));
        }
        if (q.ChainId is int chain)
        {
            firms = firms.Where(e => e.Chains.Any(c => c.ChainId == chain));
        }
        if (q.Scale is { } scale)
        {
            firms = firms.Where(e => e.Scale == scale);
        }
        if (q.Status is { } status)
        {
            firms = firms.Where(e => e.Status == status);
        }
        if (q.Tag is { } tag)
        {
            firms = firms.Where(e => e.Tags.Any(t => t.Kind == tag && t.GrantedOn <= today && (t.ExpiresOn == null || t.ExpiresOn >= today)));
        }
        return (q.Sort?.ToLowerInvariant(), q.Desc == true) switch
        {
            ("creditcode", false) => firms.OrderBy(e => e.CreditCode),
            ("creditcode", true) => firms.OrderByDescending(e => e.CreditCode),
            ("county", false) => firms.OrderBy(e => e.CountyCode).ThenBy(e => e.Name),
            ("county", true) => firms.OrderByDescending(e => e.CountyCode).ThenBy(e => e.Name),
            ("industry", false) => firms.OrderBy(e => e.IndustryCode).ThenBy(e => e.Name),
            ("industry", true) => firms.OrderByDescending(e => e.IndustryCode).ThenBy(e => e.Name),
            ("employees", false) => firms.OrderBy(e => e.Employees).ThenBy(e => e.Id),
            ("employees", true) => firms.OrderByDescending(e => e.Employees).ThenBy(e => e.Id),
            ("landmu", false) => firms.OrderBy(e => e.LandMu).ThenBy(e => e.Id),
            ("landmu", true) => firms.OrderByDescending(e => e.LandMu).ThenBy(e => e.Id),
            ("updatedat", false) => firms.OrderBy(e => e.UpdatedAt).ThenBy(e => e.Id),
            ("updatedat", true) => firms.OrderByDescending(e => e.UpdatedAt).ThenBy(e => e.Id),
            (_, true) => firms.OrderByDescending(e => e.Name).ThenBy(e => e.Id),
            _ => firms.OrderBy(e => e.Name).ThenBy(e => e.Id),
        };
    }

    private static string ReferenceAliases(string region) =>
        Reference.ReferenceData.RegionAliases.GetValueOrDefault(region, region);
}
