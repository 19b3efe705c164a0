using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Chains;

/// <summary>Removes a task entered by mistake, with its notes (a task no longer pursued is 已取消, not deleted). The audit log keeps it.</summary>
public sealed class DeleteChainTask(IDbContextFactory<AppDbContext> dbs)
{
    public async Task<bool> HandleAsync(int chainId, int taskId, Actor actor, CancellationToken ct)
    {
        ChainWorkRules.EnsureCanManage(actor);
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var task = await ChainWorkRules.VisibleTasks(db, actor).Include(t => t.Notes)
            .SingleOrDefaultAsync(t => t.Id == taskId && t.ChainId == chainId, ct);
        if (task is null)
        {
            return false;
        }
        db.ChainTasks.Remove(task);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
