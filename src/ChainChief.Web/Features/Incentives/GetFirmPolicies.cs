using ChainChief.Web.Data;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Incentives;

/// <summary>
/// 可享政策: every policy in force that reaches a firm, checked on the firm's own figures — what it can get and why, or
/// which conditions it misses and by how much — with its applications and awards. The firm sees its own; officials
/// see any firm in their region.
/// </summary>
public sealed class GetFirmPolicies(IDbContextFactory<AppDbContext> dbs, ReferenceData reference, TimeProvider clock)
{
    public sealed record Item(int PolicyId, string Title, string Issuer, string DocumentNo, PolicyMode Mode, string Summary, string? Contact, int? DecisionDays,
        DateOnly EffectiveFrom, DateOnly? EffectiveTo, bool Eligible, decimal Amount, string Benefit, RuleEngine.Explanation Explanation,
        ApplicationView? Application, AwardView? Award, bool CanApply);

    public sealed record ApplicationView(int Id, ApplicationStatus Status, DateTime SubmittedAt, DateOnly DueOn, string? Decision, int Version);

    public sealed record AwardView(int Id, int PolicyId, int Year, string PolicyTitle, int Revision, decimal Amount, string Benefit, string Criteria, AwardStatus Status,
        DateOnly? PaidOn, string? VoucherNo, string? Note);

    public sealed record Result(int EnterpriseId, string Firm, int Year, IReadOnlyList<Item> Policies, IReadOnlyList<AwardView> Awards);

    public async Task<Result?> HandleAsync(int? enterpriseId, Actor actor, CancellationToken ct)
    {
        var firmId = actor.IsEnterpriseUser ? actor.EnterpriseId : enterpriseId;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var firm = await db.Enterprises.AsNoTracking().Where(e => e.Id == firmId && e.CountyCode.StartsWith(actor.RegionScope))
            .Select(e => new { e.Id, e.Name, e.CountyCode }).SingleOrDefaultAsync(ct);
        if (firm is null)
        {
            return null;
        }
        var today = clock.Today();
        var year = PolicyScope.FactYear(today);
        var policies = (await db.Policies.AsNoTracking().Where(p => p.Status == PolicyStatus.Active && firm.CountyCode.StartsWith(p.RegionCode)).ToListAsync(ct))
            .Where(p => p.InForce(today)).ToList();
        var ids = policies.Select(p => p.Id).ToList();
        var revisions = await db.PolicyRevisions.Where(r => ids.Contains(r.PolicyId)).Select(r => new { r.PolicyId, r.Number, r.Id }).ToListAsync(ct);
        var plans = policies.Select(p => PolicyPlan.Of(p, revisions.Single(r => r.PolicyId == p.Id && r.Number == p.Revision).Id)).ToList();
        var facts = (await FirmFactsLoader.LoadAsync(db, firm.CountyCode, today, ct, firm.Id)).SingleOrDefault();
        var paid = await RunMatching.PaidMilestonesAsync(db, plans, firm.CountyCode, year, ct);
        var names = await PolicyNames.LoadAsync(db, reference, firm.CountyCode, ct);
        var applications = await db.PolicyApplications.AsNoTracking().Where(a => a.EnterpriseId == firm.Id && a.Year == year).ToListAsync(ct);
        var awards = await (from a in db.Awards.AsNoTracking()
                            where a.EnterpriseId == firm.Id
                            join p in db.Policies on a.PolicyId equals p.Id
                            join r in db.PolicyRevisions on a.RevisionId equals r.Id
                            orderby a.Year descending, a.Id descending
                            select new AwardView(a.Id, a.PolicyId, a.Year, p.Title, r.Number, a.Amount, a.Benefit, a.Criteria, a.Status, a.PaidOn, a.VoucherNo, a.Note)).ToListAsync(ct);
        var items = new List<Item>();
        foreach (var (policy, plan) in policies.Zip(plans))
        {
            if (facts is null)
            {
                break; // a firm no longer operating is matched to nothing
            }
            var (explanation, benefit, eligible) = FirmEvaluation.Judge(plan, facts, paid, names, today);
            var application = applications.Where(a => a.PolicyId == policy.Id)
                .Select(a => new ApplicationView(a.Id, a.Status, a.SubmittedAt, a.DueOn, a.Decision, a.Version)).SingleOrDefault();
            var award = awards.SingleOrDefault(a => a.PolicyId == policy.Id && a.Year == year);
            var canApply = actor.IsEnterpriseUser && eligible && policy.Mode == PolicyMode.FastTrack && application is null or { Status: ApplicationStatus.Withdrawn };
            items.Add(new Item(policy.Id, policy.Title, policy.Issuer, policy.DocumentNo, policy.Mode, policy.Summary, policy.Contact, policy.DecisionDays,
                policy.EffectiveFrom, policy.EffectiveTo, eligible, eligible ? benefit.Amount : 0, benefit.Explanation, explanation, application, award, canApply));
        }
        return new Result(firm.Id, firm.Name, year, [.. items.OrderByDescending(i => i.Eligible).ThenByDescending(i => i.Amount).ThenBy(i => i.Title)], awards);
    }
}
