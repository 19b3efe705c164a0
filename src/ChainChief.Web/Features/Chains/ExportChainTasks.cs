using System.Globalization;
using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Chains;

/// <summary>The filtered task list as an xlsx for the 链长办's supervision report (督办台账).</summary>
public sealed class ExportChainTasks(IDbContextFactory<AppDbContext> dbs, ListChainTasks list, TimeProvider clock)
{
    public const string SheetName = "重点任务";

    public async Task<byte[]> HandleAsync(ListChainTasks.Query query, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var today = clock.Today();
        var rows = await list.Filtered(db, query, actor, today).ToListAsync(ct);
        var sheet = rows.Select(r => Row(ListChainTasks.WithDays(r, today))).ToList();
        if (sheet.Count == 0)
        {
            // MiniExcel takes the header from the first row; an empty list still gets its headers.
            sheet.Add(Row(null));
        }
        return await ExcelWorkbook.WriteSheetAsync(SheetName, sheet, ct);
    }

    private static Dictionary<string, object?> Row(ListChainTasks.Row? r) => new()
    {
        ["产业链"] = r?.ChainName,
        ["年度"] = r?.Year,
        ["任务"] = r?.Title,
        ["任务说明"] = r?.Description,
        ["责任部门"] = r?.OwnerDepartment,
        ["完成时限"] = r is null ? null : Date(r.Deadline),
        ["状态"] = r is null ? null : ChainLabels.Of(r.Status),
        ["是否逾期"] = r is null ? null : r.IsOverdue ? "是" : "否",
        ["逾期天数"] = r?.DaysOverdue,
        ["完成日期"] = r?.CompletedOn is { } done ? Date(done) : null,
        ["最新进展"] = r?.LatestNote,
        ["进展时间"] = r?.LatestNoteAt?.ToChinaTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
    };

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
