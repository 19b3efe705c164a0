using ChainChief.Web.Features.Cockpit;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure.Auth;

namespace ChainChief.Web.Features.Dispatch;

/// <summary>
/// Assembles the 月调度 report of a month for the actor's region: the meeting summary, then the tables. Generated on
/// demand from the cached statistics snapshot, so it always reflects the latest import.
/// </summary>
public sealed class BuildDispatchReport(StatisticsSnapshot stats, EconomyTables economy, TargetsTable targets, AlertsTable alerts, TimeProvider clock)
{
    /// <summary>Null when no firm reported for the period (or nobody reported at all when it is omitted).</summary>
    public async Task<DispatchReport?> HandleAsync(int? period, Actor actor, CancellationToken ct)
    {
        if (await stats.ResolveAsync(period, ct) is not { } month || !(await stats.PeriodsAsync(ct)).Contains(month))
        {
            return null;
        }
        if (await economy.OverviewAsync(month, actor, ct) is not { } overview
            || await economy.ByAsync(Dimension.Chain, month, actor, ct) is not { } chains
            || await economy.ByAsync(Dimension.County, month, actor, ct) is not { } counties)
        {
            return null;
        }
        var summary = new List<string> { DispatchSummary.Headline(overview.Summary), DispatchSummary.Ranking("产业链", chains.Output) };
        if (counties.Output.Rows.Count > 1)
        {
            summary.Add(DispatchSummary.Ranking("县区", counties.Output));
        }
        var tracked = await targets.BuildAsync(month, "四、目标任务完成情况", actor, ct);
        if (tracked.Targets.Count > 0)
        {
            summary.Add(DispatchSummary.Targets(tracked.Targets));
        }
        var alerting = await alerts.BuildAsync(month, "五、预警企业", actor, ct);
        summary.Add(DispatchSummary.Alerts(alerting.Alerts));
        var label = overview.Summary.Label;
        return new DispatchReport(month, label, $"{label}{Periods.Label(month)}工业经济运行月调度报告", summary,
            [overview.Table, chains.Table, counties.Table, tracked.Table, alerting.Table], clock.GetLocalNow().DateTime);
    }
}
