using ChainChief.Web.Data;
using ChainChief.Web.Features.Calendar;
using ChainChief.Web.Features.Notifications;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Incentives;

/// <summary>
/// 快申快享: a firm applies for a policy it qualifies for. It is checked again on today's facts (a firm that does not
/// qualify is told which conditions it misses); the decision is due the policy's number of working days after the
/// receipt day, and the 链长办 of the firm's region is told.
/// </summary>
public sealed class ApplyForPolicy(IDbContextFactory<AppDbContext> dbs, ReferenceData reference, CalendarProvider calendars, Notifier notifier, TimeProvider clock)
{
    public sealed record Request(string? Note);

    public sealed record Outcome(int ApplicationId, decimal Amount, DateOnly DueOn);

    public async Task<Outcome?> HandleAsync(int policyId, Request request, Actor actor, CancellationToken ct)
    {
        if (!actor.IsEnterpriseUser || actor.EnterpriseId is not { } firmId)
        {
            throw new AccessDeniedException("只有企业账号可以申请政策");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var county = await db.Enterprises.Where(e => e.Id == firmId).Select(e => e.CountyCode).SingleAsync(ct);
        var today = clock.Today();
        var policy = await db.Policies.AsNoTracking().SingleOrDefaultAsync(p => p.Id == policyId && county.StartsWith(p.RegionCode), ct);
        if (policy is null || policy.Status == PolicyStatus.Draft)
        {
            return null;
        }
        if (policy.Mode != PolicyMode.FastTrack)
        {
            throw new BusinessRuleException("application.mode", "该政策为免申即享，无需申请，符合条件的企业经审核后直接兑现");
        }
        if (!policy.InForce(today))
        {
            throw new BusinessRuleException("application.closed", "该政策不在执行期内，不能申请");
        }
        var year = PolicyScope.FactYear(today);
        var existing = await db.PolicyApplications.SingleOrDefaultAsync(a => a.PolicyId == policyId && a.Year == year && a.EnterpriseId == firmId, ct);
        if (existing is { Status: not ApplicationStatus.Withdrawn })
        {
            throw new BusinessRuleException("application.duplicate", $"贵企业已于 {existing.SubmittedAt.ToChinaTime():yyyy-MM-dd} 申请过该政策（{year}年度），当前状态：{PolicyLabels.Of(existing.Status)}");
        }
        var revisionId = await FirmEvaluation.CurrentRevisionAsync(db, policy, ct);
        var verdict = (await FirmEvaluation.EvaluateAsync(db, reference, policy, revisionId, county, null, today, ct, firmId)).Single();
        if (!verdict.Eligible)
        {
            var unmet = verdict.Explanation.Conditions.Where(c => !c.Met).Select(c => c.Text).ToList();
            throw new BusinessRuleException("application.ineligible",
                "按贵企业上年度数据暂不符合申请条件：" + (unmet.Count > 0 ? string.Join("；", unmet) : verdict.Benefit));
        }
        var calendar = await calendars.GetAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var due = calendar.AddWorkingDays(calendar.ReceiptDay(now.ToChinaTime()), policy.DecisionDays ?? 20);
        var application = existing ?? db.PolicyApplications.Add(new PolicyApplication { PolicyId = policyId, EnterpriseId = firmId, Year = year }).Entity;
        (application.RevisionId, application.CountyCode, application.Amount, application.FirmNote) = (revisionId, county, verdict.Amount, request.Note.TrimToNull()?.Truncate(1000));
        (application.SubmittedAt, application.DueOn, application.Status) = (now, due, ApplicationStatus.Submitted);
        (application.DecidedAt, application.DecidedBy, application.Decision) = (null, null, null);
        var officers = await notifier.InRegionAsync(db, new HashSet<string> { Roles.ChainOffice }, county, ct);
        notifier.AddTo(db, NotificationTopic.PolicyApplied, officers, $"{verdict.Name}申请《{policy.Title}》",
            $"申请金额 {verdict.Amount:0.##} 万元，请于 {due:yyyy-MM-dd} 前办结。", "/policies/applications");
        await db.SaveChangesAsync(ct);
        return new Outcome(application.Id, verdict.Amount, due);
    }
}
