using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Incentives;
using ChainChief.Web.Features.Reference;

namespace ChainChief.Bench;

/// <summary>
/// A province's policy library for the matching benchmark, deterministic from a seed: <see cref="Count"/> policies in
/// force, cycling through every benefit formula (percentage with a cap, tiers by amount and by rate, milestones, per
/// title, per unit, flat, flat zero) and ten rule shapes — all / any / not over region, industry, chain, scale, titles,
/// revenue, R&amp;D, R&amp;D ratio, growth and employees, some figures from dated parameters (a threshold raised on a
/// date). Most are issued by the province (every firm is a candidate), every fifth by one of its cities.
/// </summary>
internal static class MatchingPolicies
{
    public const int Count = 50;

    /// <summary>Dated thresholds: the value in force on the bench's day (2026-11-22) is the 2026 one.</summary>
    private static readonly PolicyParameter RevenueBar = new()
    {
        Name = "营收门槛", Values = [new(new DateOnly(2024, 1, 1), 2_000), new(new DateOnly(2026, 1, 1), 3_000), new(new DateOnly(2027, 1, 1), 5_000)],
    };

    private static readonly PolicyParameter RnDBar = new()
    {
        Name = "研发门槛", Values = [new(new DateOnly(2024, 1, 1), 50), new(new DateOnly(2026, 7, 1), 80)],
    };

    public static List<PolicyInput> Create(int seed, ReferenceData reference, IReadOnlyList<int> chainIds)
    {
        var random = new Random(seed);
        var counties = reference.CountiesUnder("61").Select(c => c.Code).ToList();
        var cities = counties.Select(c => c[..4]).Distinct().Order().ToList();
        var divisions = DivisionsOfDemoChains(reference);
        string Pick(IReadOnlyList<string> items) => items[random.Next(items.Count)];
        string Chain() => chainIds[random.Next(chainIds.Count)].ToString(System.Globalization.CultureInfo.InvariantCulture);
        var policies = new List<PolicyInput>();
        for (var i = 0; i < Count; i++)
        {
            var region = i % 5 == 4 ? Pick(cities) : "61";
            var (rule, parameters) = Rule(i % 10, random, region, counties, cities, divisions, Pick, Chain);
            var formula = Formula(i % 8, random);
            var mode = i % 3 == 0 ? PolicyMode.FastTrack : PolicyMode.Automatic;
            policies.Add(new PolicyInput
            {
                Title = $"示例政策{i + 1:00}：{Describe(formula.Kind)}（基准测试）",
                Issuer = region == "61" ? "陕西省工业和信息化厅（示例）" : $"{reference.RegionName(region)}工业和信息化局（示例）",
                DocumentNo = $"示例发〔2026〕{i + 1}号",
                RegionCode = region,
                EffectiveFrom = new DateOnly(2025, 1, 1).AddDays(random.Next(0, 500)),
                EffectiveTo = i % 4 == 0 ? null : new DateOnly(2027, 12, 31),
                Summary = "基准测试用示例政策",
                Mode = mode,
                DecisionDays = mode == PolicyMode.FastTrack ? 15 : null,
                Rule = rule,
                Formula = formula,
                Parameters = parameters,
            });
        }
        return policies;
    }

    /// <summary>The 大类 (two-digit divisions) the demo firms are drawn from, so industry conditions hit firms.</summary>
    private static List<string> DivisionsOfDemoChains(ReferenceData reference) => [.. Divisions.Where(c => reference.Industry(c) is not null)];

    private static readonly string[] Divisions = ["13", "14", "17", "18", "24", "27", "30", "32", "34", "35", "36", "38", "39"];

    private static (PolicyRule Rule, List<PolicyParameter> Parameters) Rule(int shape, Random random, string region, List<string> counties, List<string> cities,
        List<string> divisions, Func<IReadOnlyList<string>, string> pick, Func<string> chain)
    {
        // Region conditions name places under the policy's own region, as an issuer would.
        var localCounties = counties.Where(c => c.StartsWith(region, StringComparison.Ordinal)).ToList();
        var localCities = cities.Where(c => c.StartsWith(region, StringComparison.Ordinal) || region.StartsWith(c, StringComparison.Ordinal)).ToList();
        var below = EnterpriseScale.BelowScale.ToString();
        var above = EnterpriseScale.AboveScale.ToString();
        string Tag(EnterpriseTagKind kind) => kind.ToString();
        return shape switch
        {
            0 => (PolicyRule.All(PolicyRule.In(FactCatalog.Region, pick(localCities)), PolicyRule.CompareTo(FactCatalog.Revenue, "ge", RevenueBar.Name)), [RevenueBar]),
            1 => (PolicyRule.All(PolicyRule.In(FactCatalog.Industry, pick(divisions), pick(divisions)), PolicyRule.Compare(FactCatalog.RnDRatio, "ge", 1 + random.Next(0, 3))), []),
            2 => (PolicyRule.Any(PolicyRule.In(FactCatalog.Tags, Tag(EnterpriseTagKind.HighTech), Tag(EnterpriseTagKind.Specialized)),
                PolicyRule.Compare(FactCatalog.RnD, "ge", 100 + random.Next(0, 200))), []),
            3 => (PolicyRule.All(PolicyRule.In(FactCatalog.Chain, chain()), PolicyRule.Not(PolicyRule.In(FactCatalog.Scale, below))), []),
            4 => (PolicyRule.All(PolicyRule.Compare(FactCatalog.RevenueGrowth, "ge", 5 + random.Next(0, 10)), PolicyRule.Compare(FactCatalog.Revenue, "ge", 5_000)), []),
            5 => (PolicyRule.All(PolicyRule.In(FactCatalog.Scale, above), PolicyRule.Not(PolicyRule.In(FactCatalog.Tags, Tag(EnterpriseTagKind.Leading))),
                PolicyRule.In(FactCatalog.Region, pick(localCounties), pick(localCounties), pick(localCities))), []),
            6 => (PolicyRule.Any(PolicyRule.All(PolicyRule.CompareTo(FactCatalog.RnD, "ge", RnDBar.Name), PolicyRule.Compare(FactCatalog.RnDRatio, "ge", 2)),
                PolicyRule.In(FactCatalog.Tags, Tag(EnterpriseTagKind.LittleGiant))), [RnDBar]),
            7 => (PolicyRule.All(PolicyRule.Compare(FactCatalog.Employees, "ge", 100 + random.Next(0, 400)), PolicyRule.In(FactCatalog.Industry, pick(divisions), pick(divisions))), []),
            8 => (PolicyRule.All(PolicyRule.Not(PolicyRule.Any(PolicyRule.Compare(FactCatalog.RevenueGrowth, "lt", 0), PolicyRule.Compare(FactCatalog.Tax, "le", 0))),
                PolicyRule.Compare(FactCatalog.Output, "gt", 3_000)), []),
            _ => (PolicyRule.All(PolicyRule.In(FactCatalog.Region, pick(localCities)), PolicyRule.In(FactCatalog.Chain, chain(), chain()),
                PolicyRule.CompareTo(FactCatalog.Revenue, "ge", RevenueBar.Name), PolicyRule.Not(PolicyRule.In(FactCatalog.Tags, Tag(EnterpriseTagKind.ChainOwner)))), [RevenueBar]),
        };
    }

    private static BenefitFormula Formula(int kind, Random random) => kind switch
    {
        0 => new() { Kind = BenefitKind.Percentage, Fact = FactCatalog.RnD, Rate = 0.05m + random.Next(0, 6) / 100m, Cap = 100 + random.Next(0, 5) * 100 },
        1 => new()
        {
            Kind = BenefitKind.Tiers, Fact = FactCatalog.Revenue,
            Steps = [new(2_000, 10), new(5_000, 30), new(10_000, 60), new(50_000, 200)],
        },
        2 => new() { Kind = BenefitKind.Milestones, Fact = FactCatalog.Revenue, Steps = [new(10_000, 50), new(50_000, 200), new(100_000, 500)] },
        3 => new()
        {
            Kind = BenefitKind.PerTitle,
            Titles = [new(nameof(EnterpriseTagKind.HighTech), 20), new(nameof(EnterpriseTagKind.Specialized), 30), new(nameof(EnterpriseTagKind.LittleGiant), 100),
                new(nameof(EnterpriseTagKind.InnovativeSme), 5)],
        },
        4 => new() { Kind = BenefitKind.PerUnit, Fact = FactCatalog.Employees, Amount = 0.1m + random.Next(0, 3) / 10m, Cap = 50 },
        5 => new() { Kind = BenefitKind.Flat, Amount = 5 + random.Next(0, 4) * 5 },
        6 => new() { Kind = BenefitKind.Tiers, Fact = FactCatalog.Output, Cap = 300, Steps = [new(3_000, null, 0.002m), new(20_000, null, 0.003m)] },
        _ => new() { Kind = BenefitKind.Flat, Amount = 0 }, // pays nothing by design (priority in land supply)
    };

    private static string Describe(BenefitKind kind) => kind switch
    {
        BenefitKind.Percentage => "研发费用按比例补助",
        BenefitKind.Tiers => "按营收或产值分档奖励",
        BenefitKind.Milestones => "营收首次突破奖励",
        BenefitKind.PerTitle => "称号奖励",
        BenefitKind.PerUnit => "稳岗用工奖补",
        _ => "定额支持",
    };
}
