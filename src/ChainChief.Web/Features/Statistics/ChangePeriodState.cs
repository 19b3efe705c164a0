using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Statistics;

/// <summary>
/// 关账 and 重新开放 of a statistics month, by 链长办 and administrators, each with a reason and an event row users can read.
/// A closed month takes no report, correction or re-derivation until it is reopened.
/// </summary>
public sealed class ChangePeriodState(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    /// <summary>Reason is required (why the month is closed or reopened); Version is the one read, if any, and a month
    /// changed since then is refused with 409.</summary>
    public sealed record Request(string? Reason, int? Version = null);

    public static bool CanManage(Actor actor) => actor.IsAny(Roles.Admin, Roles.ChainOffice);

    public async Task HandleAsync(int period, StatPeriodAction action, Request request, Actor actor, CancellationToken ct)
    {
        if (!CanManage(actor))
        {
            throw new AccessDeniedException("只有链长办或系统管理员可以关账或重新开放");
        }
        var reason = request.Reason?.Trim() ?? "";
        if (reason.Length is < 2 or > 300)
        {
            throw new InputException(nameof(Request.Reason), "请填写原因（2至300个字）");
        }
        if (!Periods.IsValid(period))
        {
            throw new InputException("period", $"“{period}”不是有效的统计期，格式为 YYYYMM");
        }
        var today = clock.Today();
        if (action == StatPeriodAction.Closed && period > Periods.Of(today))
        {
            throw new BusinessRuleException("period.future", $"{Periods.Label(period)}尚未到来，不能关账");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var state = await db.StatPeriods.SingleOrDefaultAsync(p => p.Id == period, ct);
        if (state is null)
        {
            state = new StatPeriod { Id = period };
            db.StatPeriods.Add(state);
        }
        else if (request.Version is { } version)
        {
            db.Entry(state).Property(p => p.Version).OriginalValue = version;
        }
        var closing = action == StatPeriodAction.Closed;
        if (state.IsClosed == closing)
        {
            throw new BusinessRuleException(closing ? "period.closed" : "period.open",
                $"{Periods.Label(period)}{(closing ? "已经关账" : "没有关账，无需重新开放")}");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        state.IsClosed = closing;
        state.ClosedAt = closing ? now : null;
        state.ClosedBy = closing ? actor.UserName : null;
        state.Events.Add(new StatPeriodEvent { Action = action, Reason = reason, At = now, By = actor.UserName });
        await db.SaveChangesAsync(ct);
    }
}
