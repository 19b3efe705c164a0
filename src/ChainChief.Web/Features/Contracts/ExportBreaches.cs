using ChainChief.Web.Data;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Contracts;

/// <summary>The filtered breach cases as an xlsx (confidential projects under their code names).</summary>
public sealed class ExportBreaches(IDbContextFactory<AppDbContext> dbs, ReferenceData reference)
{
    public async Task<byte[]> HandleAsync(ListBreaches.Query query, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await ListBreaches.Rows(db, query, actor).ToListAsync(ct);
        var sheet = rows.Select(r => (IDictionary<string, object?>)ExcelWorkbook.Row(
            ("项目", r.ProjectName), ("合同编号", r.ContractNo), ("县区", reference.RegionName(r.CountyCode)), ("差距", r.Shortfalls),
            ("违约金（万元）", r.Penalty), ("状态", ContractLabels.Of(r.Status)), ("立案日期", r.FiledAt.ToChinaTime().ToString("yyyy-MM-dd"))));
        return await ExcelWorkbook.WriteSheetAsync("违约案件", sheet, ct);
    }
}
