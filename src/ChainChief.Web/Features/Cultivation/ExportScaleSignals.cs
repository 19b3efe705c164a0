using ChainChief.Web.Features.Reference;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;

namespace ChainChief.Web.Features.Cultivation;

/// <summary>The 升规 pool or the 退库 watch as an xlsx, as filtered on the page.</summary>
public sealed class ExportScaleSignals(ListScaleSignals list, ReferenceData reference)
{
    public static string FileName(ScaleListKind kind) => kind == ScaleListKind.Pool ? "升规培育库.xlsx" : "退库预警.xlsx";

    public async Task<byte[]> HandleAsync(ScaleListKind kind, LadderFilter filter, Actor actor, CancellationToken ct)
    {
        var result = await list.HandleAsync(kind, filter, actor, ct);
        var asOf = result.AsOf is { } p ? Periods.Label(p) : "—";
        var sheet = result.Rows.Select(r => (IDictionary<string, object?>)ExcelWorkbook.Row(
            ("企业", r.Name), ("县区", reference.RegionName(r.CountyCode)), ($"近12个月营业收入（万元，截至{asOf}）", r.Trailing),
            (kind == ScaleListKind.Pool ? "距规上标准差额（万元）" : "低于规上标准（万元，负数为高出）", r.ToThreshold),
            ("同比增长（%）", r.Growth), ("预计达到/跌破所需月数", r.MonthsToCross), ("类别", r.ReasonLabel), ("说明", r.Note)));
        return await ExcelWorkbook.WriteSheetAsync(kind == ScaleListKind.Pool ? "升规培育库" : "退库预警", sheet, ct);
    }
}
