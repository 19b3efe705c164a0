using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Incentives;

/// <summary>
/// Approves an award batch (审核): every proposed award is approved except those struck out, each with its reason
/// (不予兑现). A struck-out award holds no milestone, so the firm can be paid it later.
/// </summary>
public sealed class ApproveAwardBatch(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    public sealed record Rejection(int AwardId, string Reason);

    public sealed record Request(int Version, IReadOnlyList<Rejection>? Rejections);

    public async Task<bool> HandleAsync(int batchId, Request request, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var batch = await db.AwardBatches.SingleOrDefaultAsync(b => b.Id == batchId && b.RegionCode.StartsWith(actor.RegionScope), ct);
        if (batch is null)
        {
            return false;
        }
        if (batch.Status != BatchStatus.Draft)
        {
            throw new BusinessRuleException("batch.status", $"批次当前为“{PolicyLabels.Of(batch.Status)}”，不能再审核");
        }
        var awards = await db.Awards.Where(a => a.BatchId == batchId).ToListAsync(ct);
        var rejections = request.Rejections ?? [];
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < rejections.Count; i++)
        {
            if (awards.All(a => a.Id != rejections[i].AwardId))
            {
                errors[$"rejections[{i}].awardId"] = [$"兑现记录 {rejections[i].AwardId} 不在本批次中"];
            }
            else if (string.IsNullOrWhiteSpace(rejections[i].Reason))
            {
                errors[$"rejections[{i}].reason"] = ["不予兑现须说明理由"];
            }
        }
        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }
        db.Entry(batch).Property(b => b.Version).OriginalValue = request.Version;
        var reasons = rejections.ToDictionary(r => r.AwardId, r => r.Reason.Trim().Truncate(500));
        foreach (var award in awards.Where(a => a.Status == AwardStatus.Proposed))
        {
            (award.Status, award.Note) = reasons.TryGetValue(award.Id, out var reason) ? (AwardStatus.Rejected, reason) : (AwardStatus.Approved, award.Note);
        }
        (batch.Status, batch.ApprovedBy, batch.ApprovedAt) = (BatchStatus.Approved, actor.UserName, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
