namespace ChainChief.Web.Features.Incentives;

/// <summary>A policy revision ready to run: its rule, formula and parameters read once, not per firm.</summary>
public sealed record PolicyPlan(int PolicyId, int RevisionId, string RegionCode, string Title, PolicyMode Mode, PolicyRule Rule,
    BenefitFormula Formula, IReadOnlyDictionary<string, PolicyParameter> Parameters)
{
    public static PolicyPlan Of(Policy p, int revisionId) =>
        new(p.Id, revisionId, p.RegionCode, p.Title, p.Mode, PolicyJson.Rule(p.Rule), PolicyJson.Formula(p.Formula), PolicyJson.ParameterMap(p.Parameters));
}

/// <summary>
/// Matches firms to policies (pure): a firm qualifies when it lies under the policy's region, passes its rule and gets
/// something from its formula — an amount, or a policy that pays nothing by design (a flat zero: priority in land
/// supply, say). Milestones already awarded are passed in and never paid again. Runs policies in parallel; each firm's
/// facts are read, never written, so the plans share them safely.
/// </summary>
public static class PolicyMatcher
{
    public sealed record Found(PolicyPlan Plan, FirmFacts Firm, BenefitCalculator.Result Benefit);

    public delegate IReadOnlySet<decimal> PaidMilestones(int policyId, int enterpriseId);

    private static readonly HashSet<decimal> None = [];

    public static List<Found> Match(IReadOnlyList<PolicyPlan> plans, IReadOnlyList<FirmFacts> firms, DateOnly asOf, PaidMilestones? paid = null,
        RuleEngine.CodeNamer? names = null)
    {
        var found = new List<Found>[plans.Count];
        Parallel.For(0, plans.Count, i =>
        {
            var plan = plans[i];
            var list = found[i] = [];
            foreach (var firm in firms)
            {
                if (firm.CountyCode.StartsWith(plan.RegionCode, StringComparison.Ordinal) && RuleEngine.Test(plan.Rule, firm, plan.Parameters, asOf)
                    && Qualifies(plan, firm, paid, names) is { } benefit)
                {
                    list.Add(new Found(plan, firm, benefit));
                }
            }
        });
        return [.. found.SelectMany(f => f)];
    }

    /// <summary>The benefit when the firm gets one; null when it passes the rule but gets nothing (no data, below every tier, milestones all paid).</summary>
    public static BenefitCalculator.Result? Qualifies(PolicyPlan plan, FirmFacts firm, PaidMilestones? paid = null, RuleEngine.CodeNamer? names = null)
    {
        var benefit = Benefit(plan, firm, paid, names);
        return Pays(plan, benefit) ? benefit : null;
    }

    public static BenefitCalculator.Result Benefit(PolicyPlan plan, FirmFacts firm, PaidMilestones? paid = null, RuleEngine.CodeNamer? names = null) =>
        BenefitCalculator.Compute(plan.Formula, firm, plan.Formula.Kind == BenefitKind.Milestones && paid is not null ? paid(plan.PolicyId, firm.EnterpriseId) : None, names);

    /// <summary>Whether a firm that passes the rule gets something: an amount, or a policy that pays nothing by design.</summary>
    public static bool Pays(PolicyPlan plan, BenefitCalculator.Result benefit) =>
        benefit.Amount > 0 || (plan.Formula.Kind == BenefitKind.Flat && (plan.Formula.Amount ?? 0) == 0);
}
