using ChainChief.Web.Data;
using ChainChief.Web.Features.Reference;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Incentives;

/// <summary>
/// Evaluates a policy revision on firms with today's facts and explains it: what an award batch freezes, what an
/// application is checked against, what the firm portal shows. The criteria text has one line per condition, marked
/// ✓ or ✗, so an award keeps why the firm qualified even after its figures change.
/// </summary>
public static class FirmEvaluation
{
    public sealed record Verdict(int EnterpriseId, string Name, string CountyCode, bool Eligible, decimal Amount, string Benefit, string Milestones,
        RuleEngine.Explanation Explanation)
    {
        public string Criteria => CriteriaText(Explanation);
    }

    public static string CriteriaText(RuleEngine.Explanation explanation) =>
        string.Join("\n", explanation.Conditions.Select(c => (c.Met ? "✓ " : "✗ ") + c.Text));

    /// <summary>Verdicts for the given firms (all operating firms under the region when null) on the policy's current revision.</summary>
    public static async Task<List<Verdict>> EvaluateAsync(AppDbContext db, ReferenceData reference, Policy policy, int revisionId, string region,
        IReadOnlySet<int>? firms, DateOnly asOf, CancellationToken ct, int? oneFirm = null)
    {
        var plan = PolicyPlan.Of(policy, revisionId);
        var facts = await FirmFactsLoader.LoadAsync(db, region, asOf, ct, oneFirm);
        var paid = await RunMatching.PaidMilestonesAsync(db, [plan], region, PolicyScope.FactYear(asOf), ct);
        var names = await PolicyNames.LoadAsync(db, reference, policy.RegionCode, ct);
        return [.. facts.Where(f => (firms is null || firms.Contains(f.EnterpriseId)) && f.CountyCode.StartsWith(policy.RegionCode, StringComparison.Ordinal))
            .Select(f =>
            {
                var (explanation, benefit, eligible) = Judge(plan, f, paid, names, asOf);
                return new Verdict(f.EnterpriseId, f.Name, f.CountyCode, eligible, eligible ? benefit.Amount : 0, benefit.Explanation,
                    eligible ? Milestones.Format(benefit.MilestonesReached) : "", explanation);
            })];
    }

    /// <summary>One firm under one plan, explained: every condition, the benefit, and whether it qualifies (passes and gets something).</summary>
    public static (RuleEngine.Explanation Explanation, BenefitCalculator.Result Benefit, bool Eligible) Judge(PolicyPlan plan, FirmFacts firm,
        PolicyMatcher.PaidMilestones paid, PolicyNames names, DateOnly asOf)
    {
        var explanation = RuleEngine.Evaluate(plan.Rule, firm, plan.Parameters, asOf, names.Namer);
        var benefit = PolicyMatcher.Benefit(plan, firm, paid, names.Namer);
        return (explanation, benefit, explanation.Met && PolicyMatcher.Pays(plan, benefit));
    }

    /// <summary>The id of the policy's current revision.</summary>
    public static Task<int> CurrentRevisionAsync(AppDbContext db, Policy policy, CancellationToken ct) =>
        db.PolicyRevisions.Where(r => r.PolicyId == policy.Id && r.Number == policy.Revision).Select(r => r.Id).SingleAsync(ct);
}
