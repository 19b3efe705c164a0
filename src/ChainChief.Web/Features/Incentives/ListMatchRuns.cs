using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Incentives;

/// <summary>The latest matching runs over or under the actor's region: when, why, how long, and what they found.</summary>
public sealed class ListMatchRuns(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Row(int Id, string RegionCode, DateOnly AsOf, MatchTrigger Trigger, string StartedBy, DateTime StartedAt, double Seconds, int Firms,
        int Policies, int Matches, int NewMatches, int Dropped, decimal TotalAmount);

    public async Task<IReadOnlyList<Row>> HandleAsync(Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var runs = await db.MatchRuns.AsNoTracking()
            .Where(r => r.RegionCode.StartsWith(actor.RegionScope) || actor.RegionScope.StartsWith(r.RegionCode))
            .OrderByDescending(r => r.Id).Take(50).ToListAsync(ct);
        return [.. runs.Select(r => new Row(r.Id, r.RegionCode, r.AsOf, r.Trigger, r.StartedBy, r.StartedAt, (r.FinishedAt - r.StartedAt).TotalSeconds, r.Firms,
            r.Policies, r.Matches, r.NewMatches, r.Dropped, r.TotalAmount))];
    }
}
