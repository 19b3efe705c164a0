using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Alerts;

/// <summary>Marks an alert resolved (已处置) with the reason, e.g. "企业检修两周，已恢复生产"; the alert run leaves it alone.</summary>
public sealed class ResolveAlert(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    public sealed record Request(string? Reason, int Version);

    public async Task<bool> HandleAsync(int id, Request request, Actor actor, CancellationToken ct)
    {
        var reason = request.Reason?.Trim() ?? "";
        if (reason.Length is < 2 or > 500)
        {
            throw new InputException(nameof(Request.Reason), "请填写处置结果或原因（2至500个字）");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        if (await AlertAccess.FindForUpdateAsync(db, id, request.Version, actor, ct) is not var (alert, _))
        {
            return false;
        }
        if (alert.State == AlertState.Resolved)
        {
            throw new BusinessRuleException("alert.resolved", "预警已经处置");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        (alert.State, alert.ResolvedAt, alert.ResolvedReason) = (AlertState.Resolved, now, reason);
        AddAlertNote.Append(db, alert, $"已处置：{reason}", actor, now);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
