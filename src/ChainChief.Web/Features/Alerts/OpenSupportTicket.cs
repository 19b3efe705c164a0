using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Alerts;

/// <summary>Opens a support ticket (帮扶工单) for the alert's firm, optionally for a department; one per alert.</summary>
public sealed class OpenSupportTicket(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    public sealed record Request(string? Title, string? Description, int? DepartmentId, int Version);

    public sealed record DepartmentOption(int Id, string Name);

    /// <summary>Departments a ticket can be handed to.</summary>
    public async Task<IReadOnlyList<DepartmentOption>> DepartmentsAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Departments.AsNoTracking().OrderBy(d => d.Name).Select(d => new DepartmentOption(d.Id, d.Name)).ToListAsync(ct);
    }

    /// <returns>The ticket's id, or null when the alert is not found in the actor's region.</returns>
    public async Task<int?> HandleAsync(int id, Request request, Actor actor, CancellationToken ct)
    {
        var description = request.Description?.Trim();
        if (description?.Length > 2000)
        {
            throw new InputException(nameof(Request.Description), "问题描述最多2000个字");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        if (await AlertAccess.FindForUpdateAsync(db, id, request.Version, actor, ct) is not var (alert, firm))
        {
            return null;
        }
        if (alert.TicketId is not null)
        {
            throw new BusinessRuleException("alert.ticket", $"该预警已有工单（{alert.TicketId}号）");
        }
        if (request.DepartmentId is int d && !await db.Departments.AnyAsync(x => x.Id == d, ct))
        {
            throw new InputException(nameof(Request.DepartmentId), "所选部门不存在");
        }
        var title = string.IsNullOrWhiteSpace(request.Title) ? $"{firm.Name}：{alert.Message}" : request.Title.Trim();
        if (title.Length > 200)
        {
            throw new InputException(nameof(Request.Title), "工单标题最多200个字");
        }
        var ticket = new SupportTicket
        {
            EnterpriseId = firm.Id, Title = title, Description = description, DepartmentId = request.DepartmentId, AlertId = alert.Id,
            State = TicketState.Open,
        };
        // Two saves (the ticket's id goes on the alert) in one transaction: both or neither.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.SupportTickets.Add(ticket);
        await db.SaveChangesAsync(ct);
        alert.TicketId = ticket.Id;
        AddAlertNote.Append(db, alert, $"已开帮扶工单（{ticket.Id}号）", actor, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return ticket.Id;
    }
}
