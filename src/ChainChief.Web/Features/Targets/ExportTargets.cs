using ChainChief.Web.Features.Cockpit;
using ChainChief.Web.Infrastructure.Auth;
using static ChainChief.Web.Infrastructure.Excel.ExcelWorkbook;

namespace ChainChief.Web.Features.Targets;

/// <summary>The target list with each target's progress in the month, as an xlsx.</summary>
public sealed class ExportTargets(TargetProgressReader reader)
{
    public async Task<byte[]> HandleAsync(TargetProgressReader.Filter filter, Actor actor, CancellationToken ct)
    {
        var result = await reader.ListAsync(filter, actor, ct);
        var rows = result.Targets.Select(t => Row(("目标", t.Name), ("层级", TargetLabels.Of(t.Scope)), ("指标", CockpitLabels.Of(t.Metric)),
            ("单位", CockpitLabels.Unit(t.Metric)), ("目标要求", TargetLabels.Goal(t)), ("本年目标值", t.Progress?.Goal), ("本年累计", t.Progress?.Actual),
            ("完成率(%)", t.Progress?.Completion), ("时间进度(%)", t.Progress?.TimeProgress), ("进度差(百分点)", t.Progress?.Gap),
            ("全年预计", t.Progress?.Forecast), ("同口径增速(%)", t.Progress?.ActualGrowth), ("是否落后时间进度", t.Progress?.Behind == true ? "落后" : "否"),
            ("来源", t.Source)));
        return await WriteSheetAsync("目标进度", rows, ct);
    }
}
