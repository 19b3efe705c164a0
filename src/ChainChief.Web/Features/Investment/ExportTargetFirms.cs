using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Investment;

/// <summary>The filtered target library as an xlsx in the import layout (so an export edited in Excel/WPS imports back), and the empty template.</summary>
public sealed class ExportTargetFirms(IDbContextFactory<AppDbContext> dbs, TargetRules rules)
{
    public async Task<byte[]> HandleAsync(ListTargetFirms.Query query, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await ListTargetFirms.WithNodeNamesAsync(db, await ListTargetFirms.Rows(db, query, actor).ToListAsync(ct), ct);
        var notes = await db.TargetFirms.AsNoTracking().Where(t => rows.Select(r => r.Id).Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => (t.Contact, t.Notes), ct);
        return await WriteAsync(rows.Select(r => ExcelWorkbook.Row(
            (TargetSheet.Name, r.Name), (TargetSheet.Hq, rules.PlaceName(r.HqRegionCode)), (TargetSheet.Industry, r.IndustryCode),
            (TargetSheet.Tier, InvestmentLabels.Of(r.Tier)), (TargetSheet.Priority, InvestmentLabels.Of(r.Priority)), (TargetSheet.Chain, r.ChainName),
            (TargetSheet.Nodes, string.Join("、", r.Nodes)), (TargetSheet.Source, r.Source), (TargetSheet.Contact, notes[r.Id].Contact),
            (TargetSheet.Notes, notes[r.Id].Notes))), ct);
    }

    /// <summary>The import template: the columns and one example row (a real chain's name is needed to import it).</summary>
    public static Task<byte[]> TemplateAsync(CancellationToken ct) => WriteAsync([ExcelWorkbook.Row(
        (TargetSheet.Name, "示例：某某电子科技股份有限公司"), (TargetSheet.Hq, "广东省深圳市"), (TargetSheet.Industry, "3831"),
        (TargetSheet.Tier, "上市公司"), (TargetSheet.Priority, "高"), (TargetSheet.Chain, "（填写本市产业链名称）"),
        (TargetSheet.Nodes, "（环节名称，多个用顿号分隔）"), (TargetSheet.Source, "链主推荐"), (TargetSheet.Contact, ""), (TargetSheet.Notes, ""))], ct);

    private static Task<byte[]> WriteAsync(IEnumerable<Dictionary<string, object?>> rows, CancellationToken ct) =>
        ExcelWorkbook.WriteSheetAsync(TargetSheet.SheetName, rows, ct);
}
