using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Chains;

/// <summary>
/// 议定事项转任务: one step from a meeting decision to a key task with an owner and a deadline, linked to the
/// decision. A decision becomes a task once. Null when the chain, meeting or decision is not visible.
/// </summary>
public sealed class MakeTaskFromDecision(IDbContextFactory<AppDbContext> dbs)
{
    public async Task<int?> HandleAsync(int chainId, int meetingId, int decisionId, DecisionTaskInput input, Actor actor, CancellationToken ct)
    {
        ChainWorkRules.EnsureCanManage(actor);
        ChainWorkRules.EnsureValid(input);
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        if (!await ChainWorkRules.ChainVisibleAsync(db, chainId, actor, ct))
        {
            return null;
        }
        var meeting = await db.ChainMeetings.Include(m => m.Decisions).SingleOrDefaultAsync(m => m.Id == meetingId && m.ChainId == chainId, ct);
        if (meeting?.Decisions.SingleOrDefault(d => d.Id == decisionId) is not { } decision)
        {
            return null;
        }
        if (await db.ChainTasks.AnyAsync(t => t.MeetingDecisionId == decisionId, ct))
        {
            throw new BusinessRuleException("decision.has-task", "该议定事项已转为任务，不能重复转为任务");
        }
        await ChainWorkRules.EnsureOwnerDepartmentAsync(db, input.OwnerDepartmentId, actor, ct);
        // Saving the meeting with its loaded version makes two simultaneous conversions of one decision conflict
        // (409) instead of creating two tasks; no unique index is needed on the task's decision link.
        ChainWorkRules.ExpectVersion(db, meeting, meeting.Version);
        var deadline = input.Deadline!.Value;
        var task = new ChainTask
        {
            ChainId = chainId,
            Year = deadline.Year,
            Title = string.IsNullOrWhiteSpace(input.Title) ? Shorten(decision.Text, 200) : input.Title.Trim(),
            Description = decision.Text,
            OwnerDepartmentId = input.OwnerDepartmentId,
            Deadline = deadline,
            Status = ChainTaskStatus.NotStarted,
            MeetingDecisionId = decision.Id,
        };
        db.ChainTasks.Add(task);
        await db.SaveChangesAsync(ct);
        return task.Id;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
