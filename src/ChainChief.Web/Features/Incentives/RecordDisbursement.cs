using ChainChief.Web.Data;
using ChainChief.Web.Features.Notifications;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Incentives;

/// <summary>
/// Records the payment (拨付) of approved awards — the day and the voucher number — and tells each firm. A batch whose
/// approved awards are all paid is marked paid. Awards already paid or not approved are refused, naming them.
/// </summary>
public sealed class RecordDisbursement(IDbContextFactory<AppDbContext> dbs, Notifier notifier, TimeProvider clock)
{
    public sealed record Request(IReadOnlyList<int> AwardIds, DateOnly? PaidOn, string VoucherNo);

    public async Task<int> HandleAsync(Request request, Actor actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.AwardIds is not { Count: > 0 })
        {
            errors[nameof(request.AwardIds)] = ["请选择要登记拨付的兑现记录"];
        }
        if (request.PaidOn is not { } paidOn || paidOn > clock.Today())
        {
            errors[nameof(request.PaidOn)] = ["请填写拨付日期（不晚于今天）"];
        }
        if (string.IsNullOrWhiteSpace(request.VoucherNo) || request.VoucherNo.Trim().Length > 50)
        {
            errors[nameof(request.VoucherNo)] = ["请填写凭证号（不超过50字）"];
        }
        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var ids = request.AwardIds.Distinct().ToList();
        var awards = await db.Awards.InScope(actor).Where(a => ids.Contains(a.Id)).ToListAsync(ct);
        if (awards.Count != ids.Count)
        {
            throw new BusinessRuleException("award.missing", $"兑现记录 {string.Join("、", ids.Except(awards.Select(a => a.Id)))} 不存在或不在您的管辖范围内");
        }
        if (awards.Where(a => a.Status != AwardStatus.Approved).Select(a => a.Id).ToList() is { Count: > 0 } wrong)
        {
            throw new BusinessRuleException("award.status", $"兑现记录 {string.Join("、", wrong)} 不是“已审核待拨付”状态，不能登记拨付");
        }
        foreach (var award in awards)
        {
            (award.Status, award.PaidOn, award.VoucherNo) = (AwardStatus.Paid, request.PaidOn, request.VoucherNo.Trim());
        }
        await db.SaveChangesAsync(ct);
        await CloseBatchesAsync(db, awards, ct);
        await NotifyAsync(db, awards, ct);
        await db.SaveChangesAsync(ct);
        return awards.Count;
    }

    private static async Task CloseBatchesAsync(AppDbContext db, List<Award> paid, CancellationToken ct)
    {
        var batchIds = paid.Where(a => a.BatchId != null).Select(a => a.BatchId!.Value).Distinct().ToList();
        var done = await db.AwardBatches.Where(b => batchIds.Contains(b.Id) && b.Status == BatchStatus.Approved
            && !db.Awards.Any(a => a.BatchId == b.Id && a.Status == AwardStatus.Approved)).ToListAsync(ct);
        done.ForEach(b => b.Status = BatchStatus.Paid);
    }

    private async Task NotifyAsync(AppDbContext db, List<Award> paid, CancellationToken ct)
    {
        var firms = paid.Select(a => a.EnterpriseId).Distinct().ToList();
        var policyIds = paid.Select(a => a.PolicyId).Distinct().ToList();
        var titles = await db.Policies.Where(p => policyIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, ct);
        var accounts = await Notifier.FirmAccountsAsync(db, firms, ct);
        foreach (var award in paid.Where(a => accounts.Contains(a.EnterpriseId)))
        {
            notifier.AddTo(db, NotificationTopic.AwardPaid, accounts[award.EnterpriseId], $"《{titles[award.PolicyId]}》资金已拨付",
                $"{award.Year}年度兑现 {award.Amount:0.##} 万元已于 {award.PaidOn:yyyy-MM-dd} 拨付，凭证号 {award.VoucherNo}。", "/my/policies");
        }
    }
}
