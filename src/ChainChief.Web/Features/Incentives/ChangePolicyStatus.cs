using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Incentives;

/// <summary>
/// Publishes a draft (发布), withdraws a policy (停止执行) or puts a withdrawn one back in force; then starts a matching
/// run over its region, so eligible firms are found at once and firms of a withdrawn policy stop seeing it.
/// </summary>
public sealed class ChangePolicyStatus(IDbContextFactory<AppDbContext> dbs, MatchingJobs matching)
{
    public sealed record Request(PolicyStatus Status, int Version);

    public async Task<bool> HandleAsync(int id, Request request, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var policy = await db.Policies.EditableBy(actor).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (policy is null)
        {
            return false;
        }
        var allowed = (policy.Status, request.Status) is (PolicyStatus.Draft, PolicyStatus.Active) or (PolicyStatus.Active, PolicyStatus.Withdrawn)
            or (PolicyStatus.Withdrawn, PolicyStatus.Active);
        if (!allowed)
        {
            throw new BusinessRuleException("policy.status", $"政策当前为“{PolicyLabels.Of(policy.Status)}”，不能改为“{PolicyLabels.Of(request.Status)}”");
        }
        db.Entry(policy).Property(p => p.Version).OriginalValue = request.Version;
        policy.Status = request.Status;
        await db.SaveChangesAsync(ct);
        matching.Start(policy.RegionCode, MatchTrigger.PolicyChange, actor);
        return true;
    }
}
