using ChainChief.Web.Data;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Alerts;

/// <summary>The filtered alert list as an xlsx, every row behind the filter.</summary>
public sealed class ExportAlerts(IDbContextFactory<AppDbContext> dbs, ReferenceData reference)
{
    public async Task<byte[]> HandleAsync(ListAlerts.Query query, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await ListAlerts.Rows(db, query, actor).ToListAsync(ct);
        var sheet = rows.Select(r => (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["统计期"] = Periods.Label(r.Period),
            ["企业名称"] = r.FirmName,
            ["县区"] = reference.RegionName(r.CountyCode),
            ["预警类型"] = AlertLabels.Of(r.Kind),
            ["等级"] = AlertLabels.Of(r.Level),
            ["状态"] = AlertLabels.Of(r.State),
            ["说明"] = r.Message,
            ["负责人"] = r.AssigneeName,
            ["工单号"] = r.TicketId,
        });
        return await ExcelWorkbook.WriteSheetAsync("预警清单", sheet, ct);
    }
}
