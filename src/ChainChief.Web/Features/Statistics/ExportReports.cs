using ChainChief.Web.Data;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Statistics;

/// <summary>
/// The filtered report list as xlsx. The first columns are the upload template's (the reported side with its 口径), so a
/// corrected export can be uploaded again; both sides of every metric follow for reading.
/// </summary>
public sealed class ExportReports(IDbContextFactory<AppDbContext> dbs, ListReports list, ReferenceData reference)
{
    public const int MaxRows = 200_000;

    public async Task<byte[]> HandleAsync(ListReports.Query query, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = list.Filtered(db, query, actor);
        if (await rows.CountAsync(ct) > MaxRows)
        {
            throw new InputException(nameof(query.Period), $"导出超过{MaxRows:N0}行，请先选择统计期或县区");
        }
        var sheet = (await rows.ToListAsync(ct)).Select(ToRow);
        return await ExcelWorkbook.WriteSheetAsync("月度报表", sheet, ct);
    }

    private IDictionary<string, object?> ToRow(ListReports.Row r)
    {
        var row = ReportSheet.ToRow(r.CreditCode, r.Name, r.Period, r.InputKind,
            r.InputKind == ReportInputKind.YearToDate ? r.Ytd : r.Monthly, r.Employees);
        row["县区"] = reference.RegionName(r.CountyCode);
        foreach (var m in Amounts.Summing)
        {
            var unit = StatisticsLabels.Unit(m);
            row[$"{StatisticsLabels.Of(m)}·当月（{unit}）"] = r.Monthly[m];
            row[$"{StatisticsLabels.Of(m)}·本年累计（{unit}）"] = r.Ytd[m];
        }
        row["来源"] = StatisticsLabels.Of(r.Source);
        row["版本"] = r.Version;
        row["已确认的提示"] = r.ConfirmedWarning;
        row["更新人"] = r.UpdatedBy;
        return row;
    }
}
