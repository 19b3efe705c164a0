using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Alerts;

/// <summary>Hands an alert to an official who can see the firm (指派); the alert becomes Assigned. Reassigning is allowed
/// until it is resolved. The optional note goes to the alert's timeline.</summary>
public sealed class AssignAlert(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    public sealed record Request(string? AssigneeId, string? Note, int Version);

    public async Task<bool> HandleAsync(int id, Request request, Actor actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.AssigneeId))
        {
            throw new InputException(nameof(Request.AssigneeId), "请选择负责人");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        if (await AlertAccess.FindForUpdateAsync(db, id, request.Version, actor, ct) is not var (alert, firm))
        {
            return false;
        }
        if (alert.State == AlertState.Resolved)
        {
            throw new BusinessRuleException("alert.resolved", "预警已处置，不能再指派");
        }
        var official = (await AlertAccess.OfficialsForAsync(db, firm.CountyCode, ct)).FirstOrDefault(o => o.Id == request.AssigneeId);
        if (official is null)
        {
            throw new InputException(nameof(Request.AssigneeId), "负责人须为能查看该企业所在县区的工作人员");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        (alert.State, alert.AssigneeId, alert.AssigneeName, alert.AssignedAt) = (AlertState.Assigned, official.Id, official.Name, now);
        AddAlertNote.Append(db, alert, $"指派给{official.Name}" + (string.IsNullOrWhiteSpace(request.Note) ? "" : $"：{request.Note.Trim()}"), actor, now);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
