using System.Globalization;
using ChainChief.Web.Features.Alerts;
using ChainChief.Web.Features.Cockpit;
using ChainChief.Web.Features.Statistics;
using static ChainChief.Web.Features.Dispatch.DispatchFormat;

namespace ChainChief.Web.Features.Dispatch;

/// <summary>The sentences that open the 月调度 report, written from the figures the way the meeting reads them.</summary>
public static class DispatchSummary
{
    /// <summary>"1—10月，安康市规上工业总产值812.35亿元，同比增长6.2%；营业收入……；增长面58.1%。"</summary>
    public static string Headline(GetCockpitSummary.Result s)
    {
        var month = Periods.Month(s.Period);
        var span = month == 1 ? "1月" : $"1—{month}月";
        var output = s.Of(Metric.Output, Basis.YearToDate).Figures;
        var parts = new[] { Metric.Revenue, Metric.Profit, Metric.Tax }
            .Select(m => (m, f: s.Of(m, Basis.YearToDate).Figures))
            .Select(x => $"{CockpitLabels.Of(x.m)}{Yi(x.f.Value):0.00}亿元，{Change(x.f.Growth)}");
        var growing = output.GrowingShare is { } g ? $"；增长面{g:0.0}%（{output.Growing:N0}/{output.WithBase:N0}家）" : "";
        var current = s.Of(Metric.Output, Basis.Month).Figures;
        return $"{span}，{s.Label}规上工业总产值{Yi(output.Value):0.00}亿元，{Change(output.Growth)}；{string.Join("；", parts)}{growing}。"
            + $"{month}月当月产值{Yi(current.Value):0.00}亿元，{Change(current.Growth)}。";
    }

    /// <summary>"目标任务17项，16项落后时间进度，差距最大的是岚皋县规上工业总产值增长18%（落后13.6个百分点）、……。"</summary>
    public static string Targets(IReadOnlyList<Targets.TargetProgressReader.Row> targets)
    {
        // The rows come ordered behind-first, widest gap first (TargetsTable).
        var behind = targets.Where(t => t.Progress!.Behind).ToList();
        if (behind.Count == 0)
        {
            return $"目标任务{targets.Count}项，均达到或超过时间进度。";
        }
        var worst = string.Join("、", behind.Take(3).Select(t => $"{t.Name}（落后{(-t.Progress!.Gap!.Value).ToString("0.0#", CultureInfo.InvariantCulture)}个百分点）"));
        return $"目标任务{targets.Count}项，{behind.Count}项落后时间进度，差距最大的是{worst}。";
    }

    /// <summary>"本月预警12条：红色1条、橙色3条、黄色8条。"</summary>
    public static string Alerts(ListAlerts.Result alerts)
    {
        var total = alerts.Counts.Values.Sum();
        if (total == 0)
        {
            return "本月无预警企业。";
        }
        var levels = string.Join("、", new[] { AlertLevel.Red, AlertLevel.Orange, AlertLevel.Yellow }
            .Where(l => alerts.Counts[l] > 0).Select(l => $"{AlertLabels.Of(l)}{alerts.Counts[l]}条"));
        return $"本月预警{total}条：{levels}。";
    }

    /// <summary>How many rows grew, the fastest and the ones that fell: "9条产业链中7条产值同比增长，增速最快的是……；……同比下降。"</summary>
    public static string Ranking(string noun, GetBreakdown.Result output)
    {
        var rows = output.Rows.Where(r => r.Figures.Growth is not null).ToList();
        if (rows.Count == 0)
        {
            return $"{noun}产值暂无可比数据。";
        }
        var unit = noun == "产业链" ? "条" : "个";
        var up = rows.Count(r => r.Figures.Growth > 0);
        var best = rows.MaxBy(r => r.Figures.Growth)!;
        var text = $"{output.Rows.Count}{unit}{noun}中{up}{unit}产值同比增长，增速最快的是{best.Label}（{best.Figures.Growth:0.0}%）";
        if (rows.Where(r => r.Figures.Contribution is not null).MaxBy(r => r.Figures.Contribution) is { } top)
        {
            text += $"，贡献最大的是{top.Label}（贡献率{top.Figures.Contribution:0.0}%，拉动{top.Figures.Pull:0.0}个百分点）";
        }
        var down = rows.Where(r => r.Figures.Growth < 0).OrderBy(r => r.Figures.Growth).Select(r => $"{r.Label}（{r.Figures.Growth:0.0}%）").ToList();
        return text + (down.Count > 0 ? $"；{string.Join("、", down)}同比下降。" : "；无同比下降。");
    }
}
