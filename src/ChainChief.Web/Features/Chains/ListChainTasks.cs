using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Chains;

/// <summary>
/// Key tasks across the chains the actor can see (the 链长办's supervision list): filters, paging, sorting by
/// deadline; a task is overdue when it is open after its deadline, by the Beijing date.
/// </summary>
public sealed class ListChainTasks(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    public sealed record Query
    {
        public int? ChainId { get; init; }
        /// <summary>Owner department.</summary>
        public int? DepartmentId { get; init; }
        public ChainTaskStatus? Status { get; init; }
        public int? Year { get; init; }
        public bool? OverdueOnly { get; init; }
        /// <summary>deadline (default) | chain | status | year</summary>
        public string? Sort { get; init; }
        public bool? Desc { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
    }

    /// <summary>A task row; DaysOverdue counts whole days past the deadline of an open task (0 otherwise).</summary>
    public sealed record Row(int Id, int ChainId, string ChainName, int Year, string Title, string? Description,
        int OwnerDepartmentId, string OwnerDepartment, DateOnly Deadline, ChainTaskStatus Status, DateOnly? CompletedOn,
        int? MeetingDecisionId, string? LatestNote, DateTime? LatestNoteAt, int Version, bool IsOverdue, int DaysOverdue)
    {
        public ChainTaskInput ToInput() => new()
        {
            Year = Year, Title = Title, Description = Description, OwnerDepartmentId = OwnerDepartmentId, Deadline = Deadline, Version = Version,
        };
    }

    public sealed record DepartmentRow(int Id, string Name);

    public async Task<PagedList<Row>> HandleAsync(Query query, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var today = clock.Today();
        var page = await PagedList<Row>.CreateAsync(Filtered(db, query, actor, today), query.Page ?? 1, query.PageSize ?? 20, ct);
        return page with { Items = [.. page.Items.Select(r => WithDays(r, today))] };
    }

    /// <summary>One chain's tasks of a year, by deadline; null when the chain is not visible.</summary>
    public async Task<IReadOnlyList<Row>?> ForChainAsync(int chainId, int year, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!await ChainWorkRules.ChainVisibleAsync(db, chainId, actor, ct))
        {
            return null;
        }
        var today = clock.Today();
        var rows = await Filtered(db, new Query { ChainId = chainId, Year = year }, actor, today).ToListAsync(ct);
        return [.. rows.Select(r => WithDays(r, today))];
    }

    /// <summary>Departments a task can be given to: the actor's government and those above it.</summary>
    public async Task<IReadOnlyList<DepartmentRow>> DepartmentsAsync(Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Departments.AsNoTracking().VisibleTo(actor).OrderBy(d => d.RegionCode).ThenBy(d => d.Name)
            .Select(d => new DepartmentRow(d.Id, d.Name)).ToListAsync(ct);
    }

    /// <summary>Filtered and sorted rows (or the one task asked for); the export uses the same query without paging.
    /// Days overdue are added by the caller.</summary>
    public IQueryable<Row> Filtered(AppDbContext db, Query q, Actor actor, DateOnly today, int? taskId = null)
    {
        var tasks = db.ChainTasks.AsNoTracking()
            .Join(db.Chains.VisibleTo(actor), t => t.ChainId, c => c.Id, (t, c) => new { Task = t, Chain = c })
            .Join(db.Departments, x => x.Task.OwnerDepartmentId, d => d.Id, (x, d) => new { x.Task, x.Chain, Department = d });
        if (taskId is int id)
        {
            tasks = tasks.Where(x => x.Task.Id == id);
        }
        if (q.ChainId is int chain)
        {
            tasks = tasks.Where(x => x.Task.ChainId == chain);
        }
        if (q.DepartmentId is int department)
        {
            tasks = tasks.Where(x => x.Task.OwnerDepartmentId == department);
        }
        if (q.Status is { } status)
        {
            tasks = tasks.Where(x => x.Task.Status == status);
        }
        if (q.Year is int year)
        {
            tasks = tasks.Where(x => x.Task.Year == year);
        }
        if (q.OverdueOnly == true)
        {
            tasks = tasks.Where(x => x.Task.Deadline < today && (x.Task.Status == ChainTaskStatus.NotStarted || x.Task.Status == ChainTaskStatus.InProgress));
        }
        var desc = q.Desc == true;
        var ordered = q.Sort?.ToLowerInvariant() switch
        {
            "chain" => desc ? tasks.OrderByDescending(x => x.Chain.SortOrder).ThenBy(x => x.Task.Deadline) : tasks.OrderBy(x => x.Chain.SortOrder).ThenBy(x => x.Task.Deadline),
            "status" => desc ? tasks.OrderByDescending(x => x.Task.Status).ThenBy(x => x.Task.Deadline) : tasks.OrderBy(x => x.Task.Status).ThenBy(x => x.Task.Deadline),
            "year" => desc ? tasks.OrderByDescending(x => x.Task.Year).ThenBy(x => x.Task.Deadline) : tasks.OrderBy(x => x.Task.Year).ThenBy(x => x.Task.Deadline),
            _ => desc ? tasks.OrderByDescending(x => x.Task.Deadline) : tasks.OrderBy(x => x.Task.Deadline),
        };
        return ordered.ThenBy(x => x.Task.Id).Select(x => new Row(x.Task.Id, x.Task.ChainId, x.Chain.Name, x.Task.Year, x.Task.Title,
            x.Task.Description, x.Task.OwnerDepartmentId, x.Department.Name, x.Task.Deadline, x.Task.Status, x.Task.CompletedOn,
            x.Task.MeetingDecisionId,
            x.Task.Notes.OrderByDescending(n => n.At).ThenByDescending(n => n.Id).Select(n => n.Text).FirstOrDefault(),
            x.Task.Notes.OrderByDescending(n => n.At).ThenByDescending(n => n.Id).Select(n => (DateTime?)n.At).FirstOrDefault(),
            x.Task.Version,
            x.Task.Deadline < today && (x.Task.Status == ChainTaskStatus.NotStarted || x.Task.Status == ChainTaskStatus.InProgress),
            0));
    }

    /// <summary>Day arithmetic on dates does not translate alike on both providers, so it is done here.</summary>
    public static Row WithDays(Row r, DateOnly today) => r with { DaysOverdue = r.IsOverdue ? today.DayNumber - r.Deadline.DayNumber : 0 };
}
