using ChainChief.Web.Features.Incentives;

namespace ChainChief.Tests.Incentives;

/// <summary>Each benefit formula at and around its boundaries, with seed 002's real figures (万元).</summary>
public sealed class BenefitCalculatorTests
{
    private static readonly HashSet<decimal> NonePaid = [];

    private static readonly BenefitFormula RnDSubsidy = new() { Kind = BenefitKind.Percentage, Fact = FactCatalog.RnD, Rate = 0.05m, Cap = 500m };

    private static readonly BenefitFormula RevenueMilestones = new()
    {
        Kind = BenefitKind.Milestones, Fact = FactCatalog.Revenue, Steps = [new(100_000m, 100m), new(500_000m, 500m), new(1_000_000m, 1_000m)],
    };

    private static FirmFacts Firm(decimal? rnd = null, decimal? revenue = null, decimal? employees = null, params string[] tags) =>
        RuleEngineTests.Firm(rnd, revenue, "610902", tags) with
        {
            Numbers = new Dictionary<string, decimal?> { [FactCatalog.RnD] = rnd, [FactCatalog.Revenue] = revenue, [FactCatalog.Employees] = employees },
        };

    [Theory]
    [InlineData(1000, 50)]
    [InlineData(9_999.99, 500)]
    [InlineData(10_000, 500)] // exactly at the cap
    [InlineData(10_000.01, 500)]
    [InlineData(40_000, 500)]
    public void Five_percent_of_rnd_up_to_five_million(double rnd, double expected) =>
        Assert.Equal((decimal)expected, BenefitCalculator.Compute(RnDSubsidy, Firm(rnd: (decimal)rnd), NonePaid).Amount);

    [Fact]
    public void The_percentage_explains_its_product_and_the_cap()
    {
        Assert.Equal("上年度研发费用 1200 万元 × 5% = 60 万元", BenefitCalculator.Compute(RnDSubsidy, Firm(rnd: 1200m), NonePaid).Explanation);
        Assert.Equal("上年度研发费用 12000 万元 × 5% = 600 万元，超过上限，按 500 万元计", BenefitCalculator.Compute(RnDSubsidy, Firm(rnd: 12_000m), NonePaid).Explanation);
        Assert.Equal((0m, "上年度研发费用无数据，无法计算"), (BenefitCalculator.Compute(RnDSubsidy, Firm(), NonePaid) is var r ? (r.Amount, r.Explanation) : default));
    }

    [Theory]
    [InlineData(99_999, 0, new double[0])]
    [InlineData(100_000, 100, new[] { 100_000.0 })]
    [InlineData(499_999, 100, new[] { 100_000.0 })]
    [InlineData(500_000, 600, new[] { 100_000.0, 500_000.0 })] // a jump past two thresholds pays both, each once
    [InlineData(1_000_000, 1_600, new[] { 100_000.0, 500_000.0, 1_000_000.0 })]
    public void Revenue_milestones_pay_each_threshold_first_crossed(double revenue, double expected, double[] reached)
    {
        var r = BenefitCalculator.Compute(RevenueMilestones, Firm(revenue: (decimal)revenue), NonePaid);
        Assert.Equal((decimal)expected, r.Amount);
        Assert.Equal(reached.Select(d => (decimal)d), r.MilestonesReached);
    }

    [Fact]
    public void A_milestone_is_paid_once_ever_even_when_the_run_repeats_or_revenue_dips_and_recovers()
    {
        var paid = new HashSet<decimal>();
        var first = BenefitCalculator.Compute(RevenueMilestones, Firm(revenue: 120_000m), paid);
        Assert.Equal((100m, "上年度营业收入 120000 万元，首次突破 100000 万元，奖励 100 万元"), (first.Amount, first.Explanation));
        paid.UnionWith(first.MilestonesReached);
        var again = BenefitCalculator.Compute(RevenueMilestones, Firm(revenue: 130_000m), paid);
        Assert.Equal((0m, "上年度营业收入 130000 万元，突破的 100000 万元档已奖励过，不再重复奖励"), (again.Amount, again.Explanation));
        Assert.Empty(again.MilestonesReached);
        var next = BenefitCalculator.Compute(RevenueMilestones, Firm(revenue: 520_000m), paid);
        Assert.Equal(500m, next.Amount);
        Assert.Equal([500_000m], next.MilestonesReached);
        Assert.EndsWith("（100000 万元档已奖励过）", next.Explanation);
    }

    [Fact]
    public void Titles_pay_their_amounts_and_add_up_when_a_firm_holds_several()
    {
        var awards = new BenefitFormula { Kind = BenefitKind.PerTitle, Titles = [new("国家科技进步奖", 100m), new("省科技进步奖", 50m)] };
        Assert.Equal(0m, BenefitCalculator.Compute(awards, Firm(), NonePaid).Amount);
        Assert.Equal(50m, BenefitCalculator.Compute(awards, Firm(tags: "省科技进步奖"), NonePaid).Amount);
        var both = BenefitCalculator.Compute(awards, Firm(tags: ["国家科技进步奖", "省科技进步奖"]), NonePaid);
        Assert.Equal((150m, "国家科技进步奖 100 万元；省科技进步奖 50 万元，合计 150 万元"), (both.Amount, both.Explanation));
    }

    [Theory]
    [InlineData(1_999, 0)]
    [InlineData(2_000, 20)]
    [InlineData(9_999, 20)]
    [InlineData(10_000, 50)]
    public void Tiers_pay_the_amount_of_the_tier_the_figure_falls_in(double revenue, double expected)
    {
        var upgrade = new BenefitFormula { Kind = BenefitKind.Tiers, Fact = FactCatalog.Revenue, Steps = [new(2_000m, 20m), new(10_000m, 50m)] };
        Assert.Equal((decimal)expected, BenefitCalculator.Compute(upgrade, Firm(revenue: (decimal)revenue), NonePaid).Amount);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(99, 9.9)]
    [InlineData(300, 30)]
    [InlineData(301, 30)]
    public void Per_unit_amounts_multiply_up_to_the_cap(double employees, double expected)
    {
        var hiring = new BenefitFormula { Kind = BenefitKind.PerUnit, Fact = FactCatalog.Employees, Amount = 0.1m, Cap = 30m };
        Assert.Equal((decimal)expected, BenefitCalculator.Compute(hiring, Firm(employees: (decimal)employees), NonePaid).Amount);
    }

    [Fact]
    public void A_flat_amount_is_that_amount() =>
        Assert.Equal((10m, "定额 10 万元"), BenefitCalculator.Compute(new BenefitFormula { Kind = BenefitKind.Flat, Amount = 10m }, Firm(), NonePaid) is var r ? (r.Amount, r.Explanation) : default);
}
