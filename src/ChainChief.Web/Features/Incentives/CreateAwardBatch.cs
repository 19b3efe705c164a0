using ChainChief.Web.Data;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Incentives;

/// <summary>
/// Draws up a 免申即享 award batch (兑现批次): every firm in the actor's region currently matched to the policy on last
/// year's figures and not yet awarded under it for that year is checked again on today's facts and proposed for its
/// amount, with the conditions it met frozen on the award. A firm that no longer qualifies is left out.
/// </summary>
public sealed class CreateAwardBatch(IDbContextFactory<AppDbContext> dbs, ReferenceData reference, TimeProvider clock)
{
    public sealed record Request(string? Note);

    public sealed record Outcome(int BatchId, int Awards, decimal Amount, int LeftOut);

    public async Task<Outcome?> HandleAsync(int policyId, Request request, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var policy = await db.Policies.AsNoTracking().VisibleTo(actor).SingleOrDefaultAsync(p => p.Id == policyId, ct);
        if (policy is null)
        {
            return null;
        }
        if (policy.Mode != PolicyMode.Automatic)
        {
            throw new BusinessRuleException("batch.mode", "只有免申即享政策按批次兑现；快申快享政策请办理企业的申请");
        }
        if (policy.Status == PolicyStatus.Draft)
        {
            throw new BusinessRuleException("batch.draft", "政策尚未发布，不能兑现");
        }
        var today = clock.Today();
        var year = PolicyScope.FactYear(today);
        var region = actor.RegionScope.Length > policy.RegionCode.Length ? actor.RegionScope : policy.RegionCode;
        var awarded = db.Awards.Where(a => a.PolicyId == policyId && a.Year == year).Select(a => a.EnterpriseId);
        var pending = (await db.PolicyMatches.AsNoTracking()
            .Where(m => m.PolicyId == policyId && m.Year == year && m.Current && m.CountyCode.StartsWith(region) && !awarded.Contains(m.EnterpriseId))
            .Select(m => m.EnterpriseId).ToListAsync(ct)).ToHashSet();
        if (pending.Count == 0)
        {
            throw new BusinessRuleException("batch.empty", $"{year}年度没有待兑现的企业：符合条件的企业均已列入批次，或尚未运行政策匹配");
        }
        var revisionId = await FirmEvaluation.CurrentRevisionAsync(db, policy, ct);
        var verdicts = (await FirmEvaluation.EvaluateAsync(db, reference, policy, revisionId, region, pending, today, ct)).Where(v => v.Eligible).ToList();
        if (verdicts.Count == 0)
        {
            throw new BusinessRuleException("batch.empty", "按最新数据复核，待兑现的企业均已不符合条件，请重新运行政策匹配");
        }
        var batch = db.AwardBatches.Add(new AwardBatch { PolicyId = policyId, Year = year, RegionCode = region, Status = BatchStatus.Draft, Note = request.Note.TrimToNull()?.Truncate(500) }).Entity;
        await db.SaveChangesAsync(ct);
        db.Awards.AddRange(verdicts.Select(v => new Award
        {
            PolicyId = policyId, RevisionId = revisionId, EnterpriseId = v.EnterpriseId, Year = year, CountyCode = v.CountyCode, BatchId = batch.Id,
            Amount = v.Amount, Benefit = v.Benefit.Truncate(500), Criteria = v.Criteria.Truncate(4000), Milestones = v.Milestones, Status = AwardStatus.Proposed,
        }));
        await db.SaveChangesAsync(ct);
        return new Outcome(batch.Id, verdicts.Count, verdicts.Sum(v => v.Amount), pending.Count - verdicts.Count);
    }
}
