using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Chains;

/// <summary>
/// Changes a task's status and/or adds a progress note: 链长办, or the owning department's users. Marking it done
/// dates it; cancelling (and reviving a cancelled task) is the 链长办's call. False when the task is not visible.
/// </summary>
public sealed class UpdateChainTaskProgress(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    public async Task<bool> HandleAsync(int chainId, int taskId, ChainTaskProgressInput input, Actor actor, CancellationToken ct)
    {
        ChainWorkRules.EnsureValid(input);
        var note = input.Note?.Trim();
        if (input.Status is null && string.IsNullOrEmpty(note))
        {
            throw new InputException(nameof(input.Note), "请选择新的状态或填写进展");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var task = await ChainWorkRules.VisibleTasks(db, actor).SingleOrDefaultAsync(t => t.Id == taskId && t.ChainId == chainId, ct);
        if (task is null)
        {
            return false;
        }
        if (!ChainWorkRules.CanUpdateProgress(actor, task.OwnerDepartmentId))
        {
            throw new AccessDeniedException("只有链长办或该任务的责任部门可以更新任务状态和进展");
        }
        if (input.Status is { } status && status != task.Status)
        {
            if ((status == ChainTaskStatus.Cancelled || task.Status == ChainTaskStatus.Cancelled) && !ChainScope.CanManage(actor))
            {
                throw new AccessDeniedException("取消任务或恢复已取消的任务须由链长办操作");
            }
            ChainWorkRules.ExpectVersion(db, task, input.Version);
            task.Status = status;
            task.CompletedOn = status == ChainTaskStatus.Done ? clock.Today() : null;
        }
        else if (string.IsNullOrEmpty(note))
        {
            throw new BusinessRuleException("task.unchanged", $"任务已是“{ChainLabels.Of(task.Status)}”状态，无需变更");
        }
        if (!string.IsNullOrEmpty(note))
        {
            db.ChainTaskNotes.Add(new ChainTaskNote
            {
                ChainTaskId = task.Id, ChainId = task.ChainId, Text = note, At = clock.GetUtcNow().UtcDateTime, By = actor.UserName,
            });
        }
        await db.SaveChangesAsync(ct);
        return true;
    }
}
