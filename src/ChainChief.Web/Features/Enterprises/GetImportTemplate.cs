using ChainChief.Web.Data;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Enterprises;

/// <summary>The import workbook: an empty sheet with the headers, instructions, and the code lists the actor may use.</summary>
public sealed class GetImportTemplate(IDbContextFactory<AppDbContext> dbs, ReferenceData reference)
{
    public async Task<byte[]> HandleAsync(Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var chains = await db.Chains.OrderBy(c => c.SortOrder).Select(c => c.Name).ToListAsync(ct);
        var header = new Dictionary<string, object?>();
        foreach (var c in EnterpriseSheet.Columns)
        {
            header[c] = null;
        }
        string[][] notes =
        [
            [EnterpriseSheet.CreditCode, "必填。18位，按 GB 32100-2015 校验；已建档的企业按此代码更新，不会重复新建"],
            [EnterpriseSheet.Name, "必填。2至100个字"],
            [EnterpriseSheet.CountyCode, "必填。6位县级行政区划代码，见“县区代码”表；旬阳县旧代码610928按旬阳市610981处理"],
            [EnterpriseSheet.IndustryCode, "必填。4位国民经济行业小类代码（GB/T 4754-2017），见“行业代码”表"],
            [EnterpriseSheet.Scale, "规上 或 规下，默认规下"],
            [EnterpriseSheet.Status, "在营、停产、迁出 或 注销，默认在营"],
            [EnterpriseSheet.LandMu, "数字，不小于0"],
            [EnterpriseSheet.Employees, "整数，不小于0"],
            [EnterpriseSheet.FoundedOn, "日期，如 2015-06-30"],
            [EnterpriseSheet.Chains, "可填多个，用顿号分隔，须为系统中已有的产业链：" + string.Join("、", chains)],
            [EnterpriseSheet.CountyName + "、" + EnterpriseSheet.IndustryName, "仅供阅读，导入时忽略"],
        ];
        var sheets = new Dictionary<string, IEnumerable<IDictionary<string, object?>>>
        {
            ["企业名录"] = [header],
            ["填写说明"] = notes.Select(n => (IDictionary<string, object?>)new Dictionary<string, object?> { ["列"] = n[0], ["说明"] = n[1] }),
            ["县区代码"] = reference.CountiesUnder(actor.IsEnterpriseUser ? "-" : actor.RegionScope)
                .Select(r => (IDictionary<string, object?>)new Dictionary<string, object?> { ["代码"] = r.Code, ["名称"] = r.Name }),
            ["行业代码"] = reference.Industries.Where(i => i.Level == 4 && i.IsIndustrial).OrderBy(i => i.Code)
                .Select(i => (IDictionary<string, object?>)new Dictionary<string, object?> { ["代码"] = i.Code, ["名称"] = i.Name }),
        };
        return await ExcelWorkbook.WriteAsync(sheets, ct);
    }
}
