using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Alerts;

/// <summary>
/// The DOMAIN §5 defaults: output YoY fall ≥ 20% yellow, ≥ 40% orange; zero output after output red (停产); electricity
/// YoY fall ≥ 30% yellow; three consecutive months of YoY decline yellow. Added at start-up when a (kind, level) rule is
/// missing, so officials' edits survive restarts.
/// </summary>
public sealed class AlertRuleDefaults(IDbContextFactory<AppDbContext> dbs)
{
    public static readonly IReadOnlyList<AlertEvaluator.Rule> Rules =
    [
        new(AlertKind.OutputDrop, AlertLevel.Yellow, 0.2m),
        new(AlertKind.OutputDrop, AlertLevel.Orange, 0.4m),
        new(AlertKind.OutputStopped, AlertLevel.Red, 0m),
        new(AlertKind.ElectricityDrop, AlertLevel.Yellow, 0.3m),
        new(AlertKind.ConsecutiveDecline, AlertLevel.Yellow, 3m),
    ];

    public async Task<int> SeedAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(Actor.System);
        var present = (await db.AlertRules.Select(r => new { r.Kind, r.Level }).ToListAsync(ct)).Select(r => (r.Kind, r.Level)).ToHashSet();
        var added = Rules.Where(r => !present.Contains((r.Kind, r.Level)))
            .Select(r => new AlertRule { Kind = r.Kind, Level = r.Level, Threshold = r.Threshold, Enabled = true }).ToList();
        db.AlertRules.AddRange(added);
        await db.SaveChangesAsync(ct);
        return added.Count;
    }
}
