using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Chains;

/// <summary>A chain's three-year plans, newest first; the current one covers this (Beijing) year. Null when the chain is not visible.</summary>
public sealed class ListChainPlans(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    public sealed record Row(int Id, string Title, int StartYear, int EndYear, string Content, DateOnly? ApprovedOn,
        int Version, DateTime UpdatedAt, string UpdatedBy, bool IsCurrent)
    {
        public ChainPlanInput ToInput() => new()
        {
            Title = Title, StartYear = StartYear, EndYear = EndYear, Content = Content, ApprovedOn = ApprovedOn, Version = Version,
        };
    }

    public async Task<IReadOnlyList<Row>?> HandleAsync(int chainId, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!await ChainWorkRules.ChainVisibleAsync(db, chainId, actor, ct))
        {
            return null;
        }
        var year = clock.Today().Year;
        return await db.ChainPlans.AsNoTracking().Where(p => p.ChainId == chainId).OrderByDescending(p => p.StartYear)
            .Select(p => new Row(p.Id, p.Title, p.StartYear, p.EndYear, p.Content, p.ApprovedOn, p.Version, p.UpdatedAt,
                p.UpdatedBy, p.StartYear <= year && p.EndYear >= year))
            .ToListAsync(ct);
    }
}
