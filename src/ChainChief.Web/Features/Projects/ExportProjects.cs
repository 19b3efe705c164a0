using ChainChief.Web.Data;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Projects;

/// <summary>The filtered project list as an xlsx; confidential projects appear as their code names, as on screen.</summary>
public sealed class ExportProjects(IDbContextFactory<AppDbContext> dbs, ReferenceData reference)
{
    public async Task<byte[]> HandleAsync(ListProjects.Query query, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var settings = await db.InvestmentSettings.AsNoTracking().SingleAsync(ct);
        var rows = await ListProjects.Rows(db, query, actor, settings).ToListAsync(ct);
        var sheet = rows.Select(r => (IDictionary<string, object?>)ExcelWorkbook.Row(
            ("项目名称", r.Name), ("投资方", r.IsConfidential && !r.Open ? "（保密）" : r.Investor), ("产业链", r.ChainName), ("环节", r.NodeName),
            ("链式类型", ProjectLabels.Of(r.Action)), ("落地县区", reference.RegionName(r.CountyCode)), ("总投资（万元）", r.TotalInvestment),
            ("固定资产投资（万元）", r.FixedAssetInvestment), ("到位资金（万元）", r.FundsArrived), ("阶段", ProjectLabels.Of(r.Stage)),
            ("签约日期", r.SignedOn?.ToString("yyyy-MM-dd")), ("开工日期", r.StartedOn?.ToString("yyyy-MM-dd")),
            ("投产日期", r.OperatingOn?.ToString("yyyy-MM-dd")), ("达产日期", r.FullProductionOn?.ToString("yyyy-MM-dd")),
            ("服务等级", ProjectLabels.Of(r.Level))));
        return await ExcelWorkbook.WriteSheetAsync("招商项目", sheet, ct);
    }
}
