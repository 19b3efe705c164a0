using ChainChief.Web.Features.Chains;
using ChainChief.Web.Features.Cockpit;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Features.Targets;
using ChainChief.Web.Infrastructure.Auth;
using static ChainChief.Web.Features.Dispatch.DispatchFormat;

namespace ChainChief.Web.Features.Dispatch;

/// <summary>The 月调度 report's targets against time progress (目标任务完成情况): those behind first, worst first; rows open the target list.</summary>
public sealed class TargetsTable(TargetProgressReader targets, ListChains chains, ReferenceData reference)
{
    public async Task<(DispatchTable Table, IReadOnlyList<TargetProgressReader.Row> Targets)> BuildAsync(int period, string title, Actor actor, CancellationToken ct)
    {
        var rows = (await targets.ListAsync(new TargetProgressReader.Filter { Period = period }, actor, ct)).Targets
            .Where(t => t.Progress?.Completion is not null)
            .OrderByDescending(t => t.Progress!.Behind).ThenBy(t => t.Progress!.Gap).ToList();
        var names = (await chains.NamesAsync(actor, ct)).ToDictionary(c => c.Id, c => c.Name);
        string For(TargetProgressReader.Row t) => t.ChainId is { } id ? names.GetValueOrDefault(id, "") : reference.RegionName(t.RegionCode);
        var table = rows.Select(t =>
        {
            var p = t.Progress!;
            return new DispatchRow([t.Name, For(t), CockpitLabels.Of(t.Metric), TargetLabels.YiUnit(t.Metric),
                TargetLabels.Requirement(t), Yi(p.Goal!.Value), Yi(p.Actual), p.Completion, p.TimeProgress, p.Gap, Yi(p.Forecast ?? 0),
                p.Behind ? "落后" : "达到或超过"], $"/targets?period={period}");
        }).ToList();
        DispatchColumn[] columns =
        [
            new("目标"), new("对象"), new("指标"), new("单位"), new("目标要求"), new("本年目标值", CellFormat.Amount), new("本年累计", CellFormat.Amount),
            new("完成率(%)", CellFormat.Percent), new("时间进度(%)", CellFormat.Percent), new("进度差(百分点)", CellFormat.Points),
            new("全年预计", CellFormat.Amount), new("对照时间进度"),
        ];
        return (new DispatchTable("targets", title, columns, table), rows);
    }
}
