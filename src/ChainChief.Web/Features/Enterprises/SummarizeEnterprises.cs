using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Enterprises;

/// <summary>Registry counts within the actor's scope; every count on the overview links to the filtered list.</summary>
public sealed class SummarizeEnterprises(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    public sealed record Summary(int Total, IReadOnlyDictionary<EnterpriseScale, int> ByScale,
        IReadOnlyDictionary<OperatingStatus, int> ByStatus, IReadOnlyDictionary<EnterpriseTagKind, int> ByTag,
        IReadOnlyList<CountyCount> ByCounty);

    public sealed record CountyCount(string CountyCode, int Total, int AboveScale);

    public async Task<Summary> HandleAsync(Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var firms = db.Enterprises.AsNoTracking().VisibleTo(actor);
        var today = clock.Today();
        var byScale = await firms.GroupBy(e => e.Scale).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var byStatus = await firms.GroupBy(e => e.Status).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var byTag = await db.EnterpriseTags.AsNoTracking()
            .Where(t => t.GrantedOn <= today && (t.ExpiresOn == null || t.ExpiresOn >= today))
            .Where(t => firms.Any(e => e.Id == t.EnterpriseId))
            .GroupBy(t => t.Kind).Select(g => new { g.Key, N = g.Select(t => t.EnterpriseId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var byCounty = await firms.GroupBy(e => e.CountyCode).OrderBy(g => g.Key)
            .Select(g => new CountyCount(g.Key, g.Count(), g.Sum(e => e.Scale == EnterpriseScale.AboveScale ? 1 : 0)))
            .ToListAsync(ct);
        return new Summary(byScale.Values.Sum(), byScale, byStatus, byTag, byCounty);
    }
}
