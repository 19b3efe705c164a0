using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Chains;

/// <summary>A task with its progress notes (newest first) and the meeting decision it came from. Null when not visible.</summary>
public sealed class GetChainTask(IDbContextFactory<AppDbContext> dbs, ListChainTasks list, TimeProvider clock)
{
    public sealed record Detail(ListChainTasks.Row Task, string? Decision, int? MeetingId, string? MeetingTitle, IReadOnlyList<NoteRow> Notes);

    public sealed record NoteRow(int Id, string Text, DateTime At, string By);

    public async Task<Detail?> HandleAsync(int chainId, int taskId, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var today = clock.Today();
        var task = await list.Filtered(db, new ListChainTasks.Query { ChainId = chainId }, actor, today, taskId).SingleOrDefaultAsync(ct);
        if (task is null)
        {
            return null;
        }
        var source = task.MeetingDecisionId is int decisionId
            ? await db.MeetingDecisions.AsNoTracking().Where(d => d.Id == decisionId)
                .Join(db.ChainMeetings, d => d.ChainMeetingId, m => m.Id, (d, m) => new { d.Text, MeetingId = m.Id, m.Title })
                .SingleOrDefaultAsync(ct)
            : null;
        var notes = await db.ChainTaskNotes.AsNoTracking().Where(n => n.ChainTaskId == taskId)
            .OrderByDescending(n => n.At).ThenByDescending(n => n.Id)
            .Select(n => new NoteRow(n.Id, n.Text, n.At, n.By)).ToListAsync(ct);
        return new Detail(ListChainTasks.WithDays(task, today), source?.Text, source?.MeetingId, source?.Title, notes);
    }
}
