using ChainChief.Web.Data;
using ChainChief.Web.Features.Notifications;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Incentives;

/// <summary>
/// Decides a 快申快享 application: approval makes the award (approved, waiting for payment) with the amount applied
/// for and the conditions as they stand today; a refusal needs its reason. The firm is told either way.
/// </summary>
public sealed class DecideApplication(IDbContextFactory<AppDbContext> dbs, ReferenceData reference, Notifier notifier, TimeProvider clock)
{
    public sealed record Request(bool Approve, string? Reason, int Version);

    public async Task<bool> HandleAsync(int id, Request request, Actor actor, CancellationToken ct)
    {
        if (!request.Approve && string.IsNullOrWhiteSpace(request.Reason))
        {
            throw new InputException(nameof(request.Reason), "不予批准须说明理由");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var application = await db.PolicyApplications.InScope(actor).SingleOrDefaultAsync(a => a.Id == id, ct);
        if (application is null || actor.IsEnterpriseUser)
        {
            return false;
        }
        if (application.Status != ApplicationStatus.Submitted)
        {
            throw new BusinessRuleException("application.status", $"申请当前为“{PolicyLabels.Of(application.Status)}”，不能再办理");
        }
        db.Entry(application).Property(a => a.Version).OriginalValue = request.Version;
        var policy = await db.Policies.AsNoTracking().SingleAsync(p => p.Id == application.PolicyId, ct);
        (application.Status, application.DecidedAt, application.DecidedBy, application.Decision) =
            (request.Approve ? ApplicationStatus.Approved : ApplicationStatus.Rejected, clock.GetUtcNow().UtcDateTime, actor.UserName, request.Reason.TrimToNull()?.Truncate(1000));
        if (request.Approve)
        {
            var verdict = (await FirmEvaluation.EvaluateAsync(db, reference, policy, application.RevisionId, application.CountyCode, null, clock.Today(), ct,
                application.EnterpriseId)).Single();
            db.Awards.Add(new Award
            {
                PolicyId = policy.Id, RevisionId = application.RevisionId, EnterpriseId = application.EnterpriseId, Year = application.Year,
                CountyCode = application.CountyCode, ApplicationId = application.Id, Amount = application.Amount, Benefit = verdict.Benefit.Truncate(500),
                Criteria = verdict.Criteria.Truncate(4000), Milestones = verdict.Milestones, Status = AwardStatus.Approved,
            });
        }
        var accounts = await Notifier.FirmAccountsAsync(db, [application.EnterpriseId], ct);
        notifier.AddTo(db, NotificationTopic.ApplicationDecided, accounts[application.EnterpriseId], $"《{policy.Title}》申请{(request.Approve ? "已批准" : "未获批准")}",
            request.Approve ? $"兑现金额 {application.Amount:0.##} 万元，拨付后将另行通知。" : $"理由：{application.Decision}", "/my/policies");
        await db.SaveChangesAsync(ct);
        return true;
    }
}
