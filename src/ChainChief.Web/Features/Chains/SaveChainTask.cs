using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Chains;

/// <summary>
/// Creates or edits a key task of a chain (链长办). Status and progress change through
/// <see cref="UpdateChainTaskProgress"/>, which the owning department may also use. Null when the chain or task is not visible.
/// </summary>
public sealed class SaveChainTask(IDbContextFactory<AppDbContext> dbs)
{
    public async Task<int?> HandleAsync(int chainId, int? taskId, ChainTaskInput input, Actor actor, CancellationToken ct)
    {
        ChainWorkRules.EnsureCanManage(actor);
        ChainWorkRules.EnsureValid(input);
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        if (!await ChainWorkRules.ChainVisibleAsync(db, chainId, actor, ct))
        {
            return null;
        }
        await ChainWorkRules.EnsureOwnerDepartmentAsync(db, input.OwnerDepartmentId, actor, ct);
        ChainTask task;
        if (taskId is int id)
        {
            var existing = await db.ChainTasks.SingleOrDefaultAsync(t => t.Id == id && t.ChainId == chainId, ct);
            if (existing is null)
            {
                return null;
            }
            task = existing;
            ChainWorkRules.ExpectVersion(db, task, input.Version);
        }
        else
        {
            task = db.ChainTasks.Add(new ChainTask { ChainId = chainId, Status = ChainTaskStatus.NotStarted }).Entity;
        }
        task.Year = input.Year;
        task.Title = input.Title.Trim();
        task.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        task.OwnerDepartmentId = input.OwnerDepartmentId;
        task.Deadline = input.Deadline!.Value;
        await db.SaveChangesAsync(ct);
        return task.Id;
    }
}
