using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Chains;

/// <summary>A chain's meeting records, newest first, each decision with the task it became (if any). Null when the chain is not visible.</summary>
public sealed class ListChainMeetings(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Row(int Id, MeetingKind Kind, string Title, DateOnly HeldOn, string? Location, string? Chair,
        string Attendees, string? Summary, int Version, IReadOnlyList<DecisionRow> Decisions)
    {
        public ChainMeetingInput ToInput() => new()
        {
            Kind = Kind, Title = Title, HeldOn = HeldOn, Location = Location, Chair = Chair, Attendees = Attendees,
            Summary = Summary, Version = Version, Decisions = [.. Decisions.Select(d => new MeetingDecisionInput { Id = d.Id, Text = d.Text })],
        };
    }

    /// <summary>A decision and the task made from it (null while it is not one yet).</summary>
    public sealed record DecisionRow(int Id, string Text, TaskRef? Task);

    public sealed record TaskRef(int Id, string Title, string OwnerDepartment, DateOnly Deadline, ChainTaskStatus Status);

    public async Task<IReadOnlyList<Row>?> HandleAsync(int chainId, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!await ChainWorkRules.ChainVisibleAsync(db, chainId, actor, ct))
        {
            return null;
        }
        var meetings = await db.ChainMeetings.AsNoTracking().Where(m => m.ChainId == chainId).Include(m => m.Decisions)
            .OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.Id).AsSplitQuery().ToListAsync(ct);
        var tasks = await db.ChainTasks.AsNoTracking().Where(t => t.ChainId == chainId && t.MeetingDecisionId != null)
            .Join(db.Departments, t => t.OwnerDepartmentId, d => d.Id, (t, d) => new { DecisionId = t.MeetingDecisionId!.Value, Ref = new TaskRef(t.Id, t.Title, d.Name, t.Deadline, t.Status) })
            .ToListAsync(ct);
        var taskOf = tasks.ToDictionary(t => t.DecisionId, t => t.Ref);
        return [.. meetings.Select(m => new Row(m.Id, m.Kind, m.Title, m.HeldOn, m.Location, m.Chair, m.Attendees, m.Summary, m.Version,
            [.. m.Decisions.OrderBy(d => d.SortOrder).ThenBy(d => d.Id).Select(d => new DecisionRow(d.Id, d.Text, taskOf.GetValueOrDefault(d.Id)))]))];
    }
}
