using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;

namespace ChainChief.Web.Features.Incentives;

/// <summary>An award batch as the finance office needs it (兑现清单): firm, credit code, amount, basis, status and voucher.</summary>
public sealed class ExportAwardBatch(GetAwardBatch get)
{
    public async Task<(byte[] File, string Name)?> HandleAsync(int id, Actor actor, CancellationToken ct)
    {
        if (await get.HandleAsync(id, actor, ct) is not { } batch)
        {
            return null;
        }
        var rows = batch.Awards.Select(a => ExcelWorkbook.Row(("企业名称", a.Firm), ("统一社会信用代码", a.CreditCode), ("区县", a.County), ("兑现金额（万元）", a.Amount),
            ("计算方法", a.Benefit), ("符合条件", a.Criteria), ("状态", PolicyLabels.Of(a.Status)), ("拨付日期", a.PaidOn?.ToString("yyyy-MM-dd")),
            ("凭证号", a.VoucherNo), ("备注", a.Note), ("政策版本", $"第{a.Revision}版")));
        var name = string.Concat($"{batch.PolicyTitle}-{batch.Year}年度兑现批次{batch.Id}.xlsx".Split(Path.GetInvalidFileNameChars()));
        return (await ExcelWorkbook.WriteSheetAsync("兑现清单", rows, ct), name);
    }
}
