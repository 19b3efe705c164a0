using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Alerts;

/// <summary>The support tickets (帮扶工单) of firms within the actor's region: list, newest first, and close.</summary>
public sealed class SupportTickets(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Row(int Id, int EnterpriseId, string FirmName, string Title, string? Description, string? Department,
        int? AlertId, TicketState State, int Version, DateTime CreatedAt, string CreatedBy);

    public sealed record CloseRequest(int Version);

    public async Task<PagedList<Row>> ListAsync(TicketState? state, int? page, int? pageSize, Actor actor, CancellationToken ct)
    {
        if (actor.IsEnterpriseUser)
        {
            throw new AccessDeniedException("企业用户不能查看帮扶工单");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var tickets = db.SupportTickets.AsNoTracking().Where(t => state == null || t.State == state);
        var rows = tickets.Join(db.Enterprises.AsNoTracking().VisibleTo(actor), t => t.EnterpriseId, e => e.Id, (t, e) => new { t, e.Name })
            .OrderByDescending(x => x.t.Id)
            .Select(x => new Row(x.t.Id, x.t.EnterpriseId, x.Name, x.t.Title, x.t.Description,
                db.Departments.Where(d => d.Id == x.t.DepartmentId).Select(d => d.Name).FirstOrDefault(), x.t.AlertId, x.t.State,
                x.t.Version, x.t.CreatedAt, x.t.CreatedBy));
        return await PagedList<Row>.CreateAsync(rows, page ?? 1, pageSize ?? 20, ct);
    }

    public async Task<bool> CloseAsync(int id, CloseRequest request, Actor actor, CancellationToken ct)
    {
        if (!AlertAccess.CanHandle(actor))
        {
            throw new AccessDeniedException("只有链长办、县区或系统管理员可以关闭工单");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var ticket = await db.SupportTickets.Where(t => db.Enterprises.VisibleTo(actor).Any(e => e.Id == t.EnterpriseId))
            .SingleOrDefaultAsync(t => t.Id == id, ct);
        if (ticket is null)
        {
            return false;
        }
        db.Entry(ticket).Property(t => t.Version).OriginalValue = request.Version;
        if (ticket.State == TicketState.Closed)
        {
            throw new BusinessRuleException("ticket.closed", "工单已经关闭");
        }
        ticket.State = TicketState.Closed;
        await db.SaveChangesAsync(ct);
        return true;
    }
}
