using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Cultivation;

/// <summary>Deletes a ladder goal of the actor's region (at the version read; a stale one is a 409). False when not there.</summary>
public sealed class DeleteLadderGoal(IDbContextFactory<AppDbContext> dbs)
{
    public async Task<bool> HandleAsync(int id, int version, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var goal = await db.LadderGoals.SingleOrDefaultAsync(g => g.Id == id && g.RegionCode.StartsWith(actor.RegionScope), ct);
        if (goal is null)
        {
            return false;
        }
        db.Entry(goal).Property(g => g.Version).OriginalValue = version;
        db.LadderGoals.Remove(goal);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
