using System.Text;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Statistics;

/// <summary>
/// The upload template with the statistics bureau's column names. The xlsx carries instructions and the above-scale
/// firms in the actor's scope (credit code and name) to copy from; the CSV is the header line in UTF-8 with a BOM.
/// </summary>
public sealed class GetReportTemplate(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    public const string CsvContentType = "text/csv; charset=utf-8";

    public async Task<byte[]> HandleAsync(bool csv, Actor actor, CancellationToken ct)
    {
        if (csv)
        {
            return CsvTable.Utf8WithBom.GetPreamble().Concat(Encoding.UTF8.GetBytes(CsvTable.Line(ReportSheet.Columns) + "\r\n")).ToArray();
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var firms = await db.Enterprises.AsNoTracking().VisibleTo(actor)
            .Where(e => e.Scale == EnterpriseScale.AboveScale && e.Status == OperatingStatus.Operating)
            .OrderBy(e => e.CountyCode).ThenBy(e => e.Name).Select(e => new { e.CreditCode, e.Name }).ToListAsync(ct);
        var header = ReportSheet.Columns.ToDictionary(c => c, _ => (object?)null);
        var period = Periods.Of(clock.Today());
        string[][] notes =
        [
            [ReportSheet.CreditCode, "必填。18位统一社会信用代码，须为企业名录中已建档、且在您管辖范围内的企业"],
            [ReportSheet.Name, "仅供阅读，导入时忽略"],
            [ReportSheet.Period, $"必填。统计月份，格式 YYYYMM，如 {period}；不能晚于当前月份，已关账的月份不能报送。一个文件可含多个月份"],
            [ReportSheet.Kind, "本年累计 或 当月，默认本年累计（统计局报表口径）；系统自动推算另一口径"],
            [$"{ReportSheet.Output}等金额列", "必填，单位万元，不能为负数；利润总额可为负数。工业增加值可不填"],
            [ReportSheet.Electricity, "必填，单位万千瓦时"],
            [ReportSheet.Employees, "必填，月末从业人员数，整数"],
            ["校验", "本年累计不能小于上月累计；数值与该企业近12个月月均相差10倍以上时提示核实，确认后方可导入"],
            ["更正", "再次导入同一企业同一月份即为更正，系统保留修改记录；数值相同的行不会重复写入"],
        ];
        var sheets = new Dictionary<string, IEnumerable<IDictionary<string, object?>>>
        {
            ["月度报表"] = [header],
            ["填写说明"] = notes.Select(n => (IDictionary<string, object?>)ExcelWorkbook.Row(("列", n[0]), ("说明", n[1]))),
        };
        if (firms.Count > 0)
        {
            sheets["企业名单"] = firms.Select(f => (IDictionary<string, object?>)ExcelWorkbook.Row((ReportSheet.CreditCode, f.CreditCode), (ReportSheet.Name, f.Name)));
        }
        return await ExcelWorkbook.WriteAsync(sheets, ct);
    }
}
