using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Alerts;

/// <summary>Reading and editing the alert rules (threshold, level, on/off). Edits are audited and apply from the next
/// alert run, i.e. the next time reports are written.</summary>
public sealed class AlertRules(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Row(int Id, AlertKind Kind, AlertLevel Level, decimal Threshold, bool Enabled, int Version);

    /// <summary>Threshold: a fraction for the drops (0.2 = 20%), months for consecutive decline, ignored for 停产.</summary>
    public sealed record Request(decimal Threshold, AlertLevel Level, bool Enabled, int Version);

    public static bool CanManage(Actor actor) => actor.IsAny(Roles.Admin, Roles.ChainOffice);

    public async Task<IReadOnlyList<Row>> ListAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await db.AlertRules.AsNoTracking().Select(r => new Row(r.Id, r.Kind, r.Level, r.Threshold, r.Enabled, r.Version)).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Kind).ThenBy(r => r.Level)];
    }

    public async Task<bool> UpdateAsync(int id, Request request, Actor actor, CancellationToken ct)
    {
        if (!CanManage(actor))
        {
            throw new AccessDeniedException("只有链长办或系统管理员可以修改预警规则");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var rule = await db.AlertRules.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (rule is null)
        {
            return false;
        }
        db.Entry(rule).Property(r => r.Version).OriginalValue = request.Version;
        Check(rule.Kind, request.Threshold);
        if (request.Level != rule.Level && await db.AlertRules.AnyAsync(r => r.Kind == rule.Kind && r.Level == request.Level, ct))
        {
            throw new BusinessRuleException("rule.level", $"该类预警已有{AlertLabels.Of(request.Level)}规则，请直接修改那条规则");
        }
        (rule.Threshold, rule.Level, rule.Enabled) = (rule.Kind == AlertKind.OutputStopped ? 0 : request.Threshold, request.Level, request.Enabled);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static void Check(AlertKind kind, decimal threshold)
    {
        var error = kind switch
        {
            AlertKind.OutputDrop or AlertKind.ElectricityDrop when threshold is <= 0 or > 1 => "下降幅度须大于0%且不超过100%（以小数填写，0.2即20%）",
            AlertKind.ConsecutiveDecline when threshold is < 2 or > 12 || threshold != decimal.Truncate(threshold) => "连续下降月数须为2至12的整数",
            _ => null,
        };
        if (error is not null)
        {
            throw new InputException(nameof(Request.Threshold), error);
        }
    }
}
