using ChainChief.Web.Infrastructure.Auth;
using static ChainChief.Web.Infrastructure.Excel.ExcelWorkbook;

namespace ChainChief.Web.Features.Cockpit;

/// <summary>A breakdown table as an xlsx: one row per group and the scope's total last, as the 月调度 tables lay them out.</summary>
public sealed class ExportBreakdown(GetBreakdown breakdown)
{
    public sealed record File(byte[] Content, string Name);

    public async Task<File?> HandleAsync(GetBreakdown.Query query, Actor actor, CancellationToken ct)
    {
        if (await breakdown.HandleAsync(query, actor, ct) is not { } result)
        {
            return null;
        }
        var figure = $"{CockpitLabels.Of(result.Metric)}{CockpitLabels.Of(result.Basis)}（{result.Unit}）";
        var rows = result.Rows.Append(result.Total with { Label = $"合计（{result.Total.Label}）" }).Select(r => Row(
            (CockpitLabels.Of(result.Dimension), r.Label), (figure, r.Figures.Value), ("上年同期（同口径）", r.Figures.Base),
            ("增减额", r.Figures.Increment), ("同比增速(%)", r.Figures.Growth), ("贡献率(%)", r.Figures.Contribution),
            ("拉动(百分点)", r.Figures.Pull), ("增长面(%)", r.Figures.GrowingShare), ("占比(%)", r.Figures.Share),
            ("占全域(%)", r.ShareOfRegion), ("环比(%)", r.Figures.MoM), ("企业数", r.Figures.Firms)));
        var content = await WriteSheetAsync(CockpitLabels.Of(result.Dimension), rows, ct);
        return new File(content, $"驾驶舱_{CockpitLabels.Of(result.Dimension)}_{CockpitLabels.Of(result.Metric)}_{result.Period}.xlsx");
    }
}
