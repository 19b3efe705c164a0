using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure.Auth;
using static ChainChief.Web.Infrastructure.Excel.ExcelWorkbook;

namespace ChainChief.Web.Features.Cockpit;

/// <summary>The firms behind a cockpit figure as an xlsx, sorted as on screen, with the figure's own totals on top.</summary>
public sealed class ExportFigureFirms(ListFigureFirms list)
{
    public sealed record File(byte[] Content, string Name);

    public async Task<File?> HandleAsync(ListFigureFirms.Query query, Actor actor, CancellationToken ct)
    {
        if (await list.AllAsync(query, actor, ct) is not { } group)
        {
            return null;
        }
        var (metric, basis) = (query.Metric ?? Metric.Output, query.Basis ?? Basis.Month);
        var figure = $"{CockpitLabels.Of(metric)}{CockpitLabels.Of(basis)}（{CockpitLabels.Unit(metric)}）";
        var rows = ListFigureFirms.Sort(group.Rows, query.Sort, query.Desc ?? query.Sort is not ("name" or "county")).Select(r => Row(
            ("企业名称", r.Name), ("县区", r.CountyName), ("园区", r.Park), ("行业", $"{r.Industry} {r.IndustryName}"), ("规模", EnterpriseLabels.Of(r.Scale)),
            (figure, r.Value), ("上年同期", r.YearAgo), ("增减额", r.Increment), ("同比增速(%)", r.Growth), ("上月", r.PreviousMonth),
            ("环比(%)", r.MoM), ("贡献率(%)", r.Contribution), ("占比(%)", r.Share)));
        var f = group.Figures;
        var summary = new[]
        {
            Row(("项目", "统计月份"), ("数值", (object)Periods.Label(group.Period))),
            Row(("项目", "范围"), ("数值", group.Label)),
            Row(("项目", figure), ("数值", f.Value)),
            Row(("项目", "上年同期（同口径）"), ("数值", f.Base)),
            Row(("项目", "增减额"), ("数值", f.Increment)),
            Row(("项目", "同比增速(%)"), ("数值", f.Growth)),
            Row(("项目", "增长面(%)"), ("数值", f.GrowingShare)),
            Row(("项目", "企业数"), ("数值", f.Firms)),
        };
        var content = await WriteAsync(new Dictionary<string, IEnumerable<IDictionary<string, object?>>>
        {
            ["企业明细"] = rows,
            ["汇总"] = summary,
        }, ct);
        return new File(content, $"驾驶舱下钻_{group.Label.Replace(" · ", "_", StringComparison.Ordinal)}_{group.Period}.xlsx");
    }
}
