using ChainChief.Web.Data;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Investment;

/// <summary>The filtered lead list as an xlsx.</summary>
public sealed class ExportLeads(IDbContextFactory<AppDbContext> dbs, ReferenceData reference)
{
    public async Task<byte[]> HandleAsync(ListLeads.Query query, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await ListLeads.Rows(db, query, actor).ToListAsync(ct);
        var sheet = rows.Select(r => (IDictionary<string, object?>)ExcelWorkbook.Row(
            ("线索", r.Title), ("招商对象", r.FirmName), ("产业链", r.ChainName), ("环节", r.NodeName), ("拟落地", reference.RegionName(r.RegionCode)),
            ("阶段", InvestmentLabels.Of(r.Stage)), ("责任领导", r.ResponsibleLeader), ("负责人", r.OwnerName), ("意向投资（万元）", r.EstimatedInvestment),
            ("下一步", r.NextStep), ("下一步日期", r.NextStepOn?.ToString("yyyy-MM-dd")), ("最近跟进", r.LastActivityAt.ToChinaTime().ToString("yyyy-MM-dd HH:mm")),
            ("升级", InvestmentLabels.Of(r.Escalation))));
        return await ExcelWorkbook.WriteSheetAsync("招商线索", sheet, ct);
    }
}
