using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Chains;

/// <summary>
/// Creates or edits a meeting record with its decisions, in the order given. A decision that already became a task
/// cannot be removed, so every task keeps its source. Null when the chain or the meeting is not visible.
/// </summary>
public sealed class SaveChainMeeting(IDbContextFactory<AppDbContext> dbs)
{
    public async Task<int?> HandleAsync(int chainId, int? meetingId, ChainMeetingInput input, Actor actor, CancellationToken ct)
    {
        ChainWorkRules.EnsureCanManage(actor);
        ChainWorkRules.EnsureValid(input, input.Decisions.Select((d, i) => ($"{nameof(input.Decisions)}[{i}]", (object)d)));
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        if (!await ChainWorkRules.ChainVisibleAsync(db, chainId, actor, ct))
        {
            return null;
        }
        ChainMeeting meeting;
        if (meetingId is int id)
        {
            var existing = await db.ChainMeetings.Include(m => m.Decisions).SingleOrDefaultAsync(m => m.Id == id && m.ChainId == chainId, ct);
            if (existing is null)
            {
                return null;
            }
            meeting = existing;
            ChainWorkRules.ExpectVersion(db, meeting, input.Version);
            await RemoveDroppedDecisionsAsync(db, meeting, input, ct);
        }
        else
        {
            meeting = db.ChainMeetings.Add(new ChainMeeting { ChainId = chainId }).Entity;
        }
        meeting.Kind = input.Kind;
        meeting.Title = input.Title.Trim();
        meeting.HeldOn = input.HeldOn!.Value;
        meeting.Location = Trimmed(input.Location);
        meeting.Chair = Trimmed(input.Chair);
        meeting.Attendees = input.Attendees.Trim();
        meeting.Summary = Trimmed(input.Summary);
        foreach (var (d, i) in input.Decisions.Select((d, i) => (d, i)))
        {
            var decision = d.Id is int decisionId ? meeting.Decisions.Single(x => x.Id == decisionId) : Added(meeting);
            decision.Text = d.Text.Trim();
            decision.SortOrder = i;
        }
        await db.SaveChangesAsync(ct);
        return meeting.Id;
    }

    private static async Task RemoveDroppedDecisionsAsync(AppDbContext db, ChainMeeting meeting, ChainMeetingInput input, CancellationToken ct)
    {
        var kept = input.Decisions.Where(d => d.Id is not null).Select(d => d.Id!.Value).ToHashSet();
        if (kept.Except(meeting.Decisions.Select(d => d.Id)).Any())
        {
            throw new InputException(nameof(input.Decisions), "议定事项不属于该会议，请刷新后重试");
        }
        var dropped = meeting.Decisions.Where(d => !kept.Contains(d.Id)).ToList();
        var droppedIds = dropped.Select(d => d.Id).ToList();
        var converted = await db.ChainTasks.Where(t => t.MeetingDecisionId != null && droppedIds.Contains(t.MeetingDecisionId.Value))
            .Select(t => t.MeetingDecisionId!.Value).ToListAsync(ct);
        if (converted.Count > 0)
        {
            var text = dropped.First(d => d.Id == converted[0]).Text;
            throw new BusinessRuleException("meeting.decision-has-task", $"议定事项“{text}”已转为任务，不能删除；请先删除该任务");
        }
        foreach (var d in dropped)
        {
            db.MeetingDecisions.Remove(d);
        }
    }

    private static MeetingDecision Added(ChainMeeting meeting)
    {
        var decision = new MeetingDecision { ChainId = meeting.ChainId };
        meeting.Decisions.Add(decision);
        return decision;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
