using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Chains;

/// <summary>Removes a meeting record entered by mistake, with its decisions, unless a decision already became a task.</summary>
public sealed class DeleteChainMeeting(IDbContextFactory<AppDbContext> dbs)
{
    public async Task<bool> HandleAsync(int chainId, int meetingId, Actor actor, CancellationToken ct)
    {
        ChainWorkRules.EnsureCanManage(actor);
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        if (!await ChainWorkRules.ChainVisibleAsync(db, chainId, actor, ct))
        {
            return false;
        }
        var meeting = await db.ChainMeetings.Include(m => m.Decisions).SingleOrDefaultAsync(m => m.Id == meetingId && m.ChainId == chainId, ct);
        if (meeting is null)
        {
            return false;
        }
        var decisionIds = meeting.Decisions.Select(d => d.Id).ToList();
        if (await db.ChainTasks.AnyAsync(t => t.MeetingDecisionId != null && decisionIds.Contains(t.MeetingDecisionId.Value), ct))
        {
            throw new BusinessRuleException("meeting.has-tasks", "该会议的议定事项已转为任务，不能删除会议记录；请先删除相关任务");
        }
        db.ChainMeetings.Remove(meeting);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
