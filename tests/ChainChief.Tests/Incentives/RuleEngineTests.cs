using System.Text.Json;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Incentives;
using static ChainChief.Web.Features.Incentives.PolicyRule;

namespace ChainChief.Tests.Incentives;

/// <summary>Policy rules as data: each condition explained with the firm's own figure and the gap; and / or / not; dated parameters.</summary>
public sealed class RuleEngineTests
{
    private static readonly DateOnly Day = new(2026, 6, 30);
    private static readonly Dictionary<string, PolicyParameter> NoParameters = [];

    public static FirmFacts Firm(decimal? rnd = 820m, decimal? revenue = 21_000m, string county = "610902", params string[] tags) => new(
        1, "示例电子（示例）", county, "3831", EnterpriseScale.AboveScale, new HashSet<string> { "1" }, new HashSet<string>(tags),
        new Dictionary<string, decimal?> { [FactCatalog.RnD] = rnd, [FactCatalog.Revenue] = revenue, [FactCatalog.RnDRatio] = rnd / revenue * 100 });

    [Fact]
    public void A_figure_below_its_threshold_says_the_firms_value_the_threshold_and_the_gap()
    {
        var e = RuleEngine.Evaluate(Compare(FactCatalog.RnD, "ge", 1000m), Firm(), NoParameters, Day);
        Assert.False(e.Met);
        Assert.Equal("上年度研发费用 820 万元，低于 1000 万元的门槛，差 180 万元", e.Text);
        Assert.Equal((820m, 1000m, 180m), (e.Actual, e.Required, e.Gap));

        var met = RuleEngine.Evaluate(Compare(FactCatalog.RnD, "ge", 1000m), Firm(rnd: 1000m), NoParameters, Day);
        Assert.True(met.Met); // the threshold itself qualifies
        Assert.Equal("上年度研发费用 1000 万元，达到 1000 万元的门槛", met.Text);
        Assert.Null(met.Gap);
    }

    [Theory]
    [InlineData("gt", 1000, false, "上年度研发费用 1000 万元，须高于 1000 万元，差 0 万元以上")]
    [InlineData("le", 999, false, "上年度研发费用 1000 万元，超过 999 万元的上限，多 1 万元")]
    [InlineData("le", 1000, true, "上年度研发费用 1000 万元，不超过 1000 万元的上限")]
    [InlineData("lt", 1000, false, "上年度研发费用 1000 万元，须低于 1000 万元，多 0 万元")]
    [InlineData("eq", 1000, true, "上年度研发费用 1000 万元，等于 1000 万元")]
    public void Every_comparison_reads_as_a_sentence_at_its_boundary(string op, double number, bool met, string text)
    {
        var e = RuleEngine.Evaluate(Compare(FactCatalog.RnD, op, (decimal)number), Firm(rnd: 1000m), NoParameters, Day);
        Assert.Equal((met, text), (e.Met, e.Text));
    }

    [Fact]
    public void A_missing_figure_fails_and_says_so()
    {
        var e = RuleEngine.Evaluate(Compare(FactCatalog.RnD, "ge", 1000m), Firm(rnd: null), NoParameters, Day);
        Assert.Equal((false, "上年度研发费用无数据，无法判断是否达到 1000 万元"), (e.Met, e.Text));
    }

    [Fact]
    public void Codes_match_by_prefix_and_sets_by_membership_with_names_for_the_reader()
    {
        string Names(string fact, string code) => code switch { "610902" => "汉滨区", "610921" => "汉阴县", "6109" => "安康市", _ => code };
        Assert.Equal("所在地区 汉滨区，属于安康市", RuleEngine.Evaluate(In(FactCatalog.Region, "6109"), Firm(), NoParameters, Day, Names).Text);
        var elsewhere = RuleEngine.Evaluate(In(FactCatalog.Region, "610921"), Firm(), NoParameters, Day, Names);
        Assert.Equal((false, "所在地区 汉滨区，不属于汉阴县"), (elsewhere.Met, elsewhere.Text));
        Assert.Equal("企业称号：有专精特新", RuleEngine.Evaluate(In(FactCatalog.Tags, "专精特新", "小巨人"), Firm(tags: "专精特新"), NoParameters, Day).Text);
        Assert.Equal("企业称号：没有专精特新、小巨人中的任何一项", RuleEngine.Evaluate(In(FactCatalog.Tags, "专精特新", "小巨人"), Firm(), NoParameters, Day).Text);
    }

    [Fact]
    public void All_any_and_not_compose_and_every_condition_underneath_is_explained()
    {
        var rule = All(
            In(FactCatalog.Region, "6109"),
            Any(Compare(FactCatalog.RnD, "ge", 1000m), Compare(FactCatalog.RnDRatio, "ge", 5m)),
            Not(In(FactCatalog.Tags, "失信")));
        var short_ = RuleEngine.Evaluate(rule, Firm(), NoParameters, Day);
        Assert.False(short_.Met);
        Assert.Equal("须同时满足以下全部条件，1项未满足", short_.Text);
        Assert.Equal(4, short_.Conditions.Count());
        Assert.Equal([true, false, false, false], short_.Conditions.Select(c => c.Met));
        Assert.Contains("上年度研发费用占营业收入比重 3.9%，低于 5%的门槛，差 1.1%", short_.Conditions.Select(c => c.Text));

        Assert.True(RuleEngine.Evaluate(rule, Firm(rnd: 1200m), NoParameters, Day).Met); // any: the amount suffices
        Assert.True(RuleEngine.Evaluate(rule, Firm(rnd: 900m, revenue: 15_000m), NoParameters, Day).Met); // any: 6% suffices
        var excluded = RuleEngine.Evaluate(rule, Firm(rnd: 1200m, tags: "失信"), NoParameters, Day);
        Assert.False(excluded.Met);
        Assert.Equal("不应满足：企业称号：有失信", excluded.Children[2].Text);
    }

    [Fact]
    public void A_dated_parameter_applies_its_value_in_force_on_the_day()
    {
        var parameters = new Dictionary<string, PolicyParameter>
        {
            ["研发门槛"] = new() { Name = "研发门槛", Values = [new(new DateOnly(2025, 1, 1), 800m), new(new DateOnly(2026, 7, 1), 1000m)] },
        };
        var rule = CompareTo(FactCatalog.RnD, "ge", "研发门槛");
        Assert.True(RuleEngine.Evaluate(rule, Firm(), parameters, new DateOnly(2026, 6, 30)).Met);
        var later = RuleEngine.Evaluate(rule, Firm(), parameters, new DateOnly(2026, 7, 1));
        Assert.Equal((false, 180m), (later.Met, later.Gap));
        Assert.Throws<InvalidOperationException>(() => RuleEngine.Evaluate(rule, Firm(), parameters, new DateOnly(2024, 12, 31)));
    }

    [Fact]
    public void A_rule_survives_a_json_round_trip_and_decides_the_same()
    {
        var rule = All(In(FactCatalog.Region, "6109"), Any(Compare(FactCatalog.RnD, "ge", 1000m), Not(In(FactCatalog.Tags, "失信"))));
        var json = JsonSerializer.Serialize(rule, JsonSerializerOptions.Web);
        var back = JsonSerializer.Deserialize<PolicyRule>(json, JsonSerializerOptions.Web)!;
        Assert.Equal(JsonSerializer.Serialize(back, JsonSerializerOptions.Web), json);
        foreach (var firm in new[] { Firm(), Firm(rnd: 1200m), Firm(county: "610981"), Firm(tags: "失信") })
        {
            Assert.Equal(RuleEngine.Evaluate(rule, firm, NoParameters, Day), RuleEngine.Evaluate(back, firm, NoParameters, Day), new ExplanationComparer());
        }
    }

    private sealed class ExplanationComparer : IEqualityComparer<RuleEngine.Explanation>
    {
        public bool Equals(RuleEngine.Explanation? x, RuleEngine.Explanation? y) =>
            x!.Met == y!.Met && x.Text == y.Text && x.Children.Count == y.Children.Count && x.Children.Zip(y.Children).All(p => Equals(p.First, p.Second));

        public int GetHashCode(RuleEngine.Explanation obj) => obj.Text.GetHashCode(StringComparison.Ordinal);
    }
}
