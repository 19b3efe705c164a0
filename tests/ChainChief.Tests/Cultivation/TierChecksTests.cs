using ChainChief.Web.Features.Cultivation;
using ChainChief.Web.Features.Enterprises;
using static ChainChief.Tests.Cultivation.LadderFirms;

namespace ChainChief.Tests.Cultivation;

public sealed class TierChecksTests
{
    private static readonly TierThresholds Rules = new();

    [Fact]
    public void A_strong_firm_qualifies_for_every_tier_and_a_held_title_says_so()
    {
        Assert.All(TierChecks.All(Strong(), Rules), c => Assert.Equal((TierVerdict.Qualified, 0), (c.Verdict, c.Unmet)));
        var held = TierChecks.Specialized(Strong().Holding(EnterpriseTagKind.Specialized), Rules);
        Assert.Equal(TierVerdict.Held, held.Verdict);
        Assert.Equal("已认定为专精特新中小企业", held.Summary);
    }

    [Theory]
    [InlineData(82, LineState.Unmet, "研发费用 82 万元，差 18 万元")]
    [InlineData(99.99, LineState.Unmet, "研发费用 99.99 万元，差 0.01 万元")]
    [InlineData(100, LineState.Met, "研发费用 100 万元，达到 100 万元的要求")]
    [InlineData(100.01, LineState.Met, "研发费用 100.01 万元，达到 100 万元的要求")]
    public void Specialized_needs_a_million_of_RnD_last_year(double rnd, LineState state, string gap)
    {
        var f = Strong() with { LastYear = Year(2025, 2_000m, (decimal)rnd) };
        var line = TierChecks.Specialized(f, Rules).Line("上年度研发费用");
        Assert.Equal((state, gap), (line.State, line.Gap));
    }

    [Theory]
    [InlineData(21, LineState.Unmet, "研发费用占比 2.1%，低于 3% 的要求，差 0.9 个百分点")]
    [InlineData(29.9, LineState.Unmet, "研发费用占比 2.99%，低于 3% 的要求，差 0.01 个百分点")]
    [InlineData(30, LineState.Met, "研发费用占比 3%，达到 3% 的要求")]
    [InlineData(31, LineState.Met, "研发费用占比 3.1%，达到 3% 的要求")]
    public void Specialized_needs_three_percent_of_revenue_in_RnD(double rndOfThousand, LineState state, string gap)
    {
        var f = Strong() with { LastYear = Year(2025, 1_000m, (decimal)rndOfThousand) };
        var line = TierChecks.Specialized(f, Rules).Line("研发费用占营业收入比重");
        Assert.Equal((state, gap), (line.State, line.Gap));
    }

    [Theory]
    [InlineData(999.99, 0.0, LineState.Unmet)]
    [InlineData(1000.0, 0.0, LineState.Met)]
    [InlineData(1000.01, null, LineState.Met)]
    [InlineData(500.0, 1999.99, LineState.Unmet)]
    [InlineData(500.0, 2000.0, LineState.Met)]
    public void Specialized_needs_ten_million_of_revenue_or_twenty_million_of_equity(double revenue, double? equity, LineState state)
    {
        var f = (Strong() with { LastYear = Year(2025, (decimal)revenue, 100m) }).With(d => d with { EquityTwoYears = (decimal?)equity });
        Assert.Equal(state, TierChecks.Specialized(f, Rules).Line("上年度营业收入").State);
    }

    [Theory]
    [InlineData(1, LineState.Unmet, "从事细分市场 1 年，差 1 年")]
    [InlineData(2, LineState.Met, "从事细分市场 2 年，达到 2 年的要求")]
    [InlineData(3, LineState.Met, "从事细分市场 3 年，达到 2 年的要求")]
    [InlineData(null, LineState.Missing, "未填报：请在培育档案中填写从事特定细分市场的年限")]
    public void Specialized_needs_two_years_in_the_niche_and_says_what_to_declare(int? years, LineState state, string gap)
    {
        var check = TierChecks.Specialized(Strong().With(d => d with { NicheYears = years }), Rules);
        Assert.Equal((state, gap), (check.Line("从事特定细分市场").State, check.Line("从事特定细分市场").Gap));
        Assert.Equal(state == LineState.Met ? 0 : 1, check.Unmet);
        Assert.Equal(state == LineState.Met ? TierVerdict.Qualified : TierVerdict.NotYet, check.Verdict);
        if (state != LineState.Met)
        {
            Assert.Contains(gap, check.Summary);
        }
    }

    [Fact]
    public void Specialized_score_needs_sixty_or_a_direct_condition()
    {
        var at59 = Strong().With(d => d with { SpecializedScore = 59 }) with { LastYear = Year(2025, 12_100m, 605m), YearBefore = Year(2024, 11_000m, 550m) };
        Assert.Equal((LineState.Unmet, "自评得分 59 分，差 1 分"), (TierChecks.Specialized(at59, Rules).Line("专精特新评价得分").State, TierChecks.Specialized(at59, Rules).Line("专精特新评价得分").Gap));
        Assert.True(TierChecks.Specialized(at59.With(d => d with { SpecializedScore = 60 }), Rules).Line("专精特新评价得分").Met);
        var bigRnD = at59 with { LastYear = Year(2025, 30_000m, 1_000m), YearBefore = Year(2024, 28_000m, 1_000m) };
        Assert.Contains("满足直通条件", TierChecks.Specialized(bigRnD, Rules).Line("专精特新评价得分").Gap);
        var equity = at59.With(d => d with { EquityTwoYears = 6_000m, EquityThreeYears = 6_000m });
        Assert.True(TierChecks.Specialized(equity, Rules).Line("专精特新评价得分").Met);
        Assert.Equal(LineState.Missing, TierChecks.Specialized(at59.With(d => d with { SpecializedScore = null }), Rules).Line("专精特新评价得分").State);
    }

    [Fact]
    public void Without_statistics_the_RnD_lines_say_the_data_is_missing()
    {
        var check = TierChecks.Specialized(Strong() with { LastYear = null }, Rules);
        Assert.Equal(LineState.Missing, check.Line("上年度研发费用").State);
        Assert.StartsWith("缺少统计数据", check.Line("上年度研发费用").Gap);
        Assert.Equal(3, check.Unmet); // R&D, ratio, revenue (equity 0 declared → unmet rather than missing)
    }

    [Theory]
    [InlineData(10_000, 300, 300, LineState.Met)]      // ≥1亿: both years 3%
    [InlineData(10_000, 299, 300, LineState.Unmet)]
    [InlineData(9_999.99, 590, 600, LineState.Unmet)]   // 5000万–1亿: 6% both years
    [InlineData(9_999.99, 600, 600, LineState.Met)]
    [InlineData(5_000, 300, 300, LineState.Met)]
    public void Little_giant_RnD_follows_the_revenue_band(double revenue, double rnd1, double rnd2, LineState state)
    {
        var f = Strong() with { LastYear = Year(2025, (decimal)revenue, (decimal)rnd1), YearBefore = Year(2024, (decimal)revenue, (decimal)rnd2) };
        Assert.Equal(state, TierChecks.LittleGiant(f, Rules).Line("研发投入").State);
    }

    [Fact]
    public void Little_giant_below_fifty_million_needs_equity_RnD_total_and_RnD_staff()
    {
        var small = Strong() with { LastYear = Year(2025, 4_000m, 1_600m), YearBefore = Year(2024, 3_800m, 1_400m) };
        var ok = small.With(d => d with { EquityTwoYears = 8_000m, EquityThreeYears = 8_000m, RndStaff = 100, TotalStaff = 200 });
        Assert.True(TierChecks.LittleGiant(ok, Rules).Line("研发投入").Met);
        var line = TierChecks.LittleGiant(ok.With(d => d with { EquityTwoYears = 7_999m, RndStaff = 99 }), Rules).Line("研发投入");
        Assert.Equal(LineState.Unmet, line.State);
        Assert.Equal("近2年新增股权融资 7,999 万元，差 1 万元；研发人员占比 49.5%，低于 50% 的要求，差 0.5 个百分点", line.Gap);
    }

    [Theory]
    [InlineData(9.9, 70, LineState.Unmet, LineState.Met)]
    [InlineData(10, 70, LineState.Met, LineState.Met)]
    [InlineData(10, 70.1, LineState.Met, LineState.Unmet)]
    public void Little_giant_needs_ten_percent_of_the_market_and_at_most_seventy_percent_debt(double share, double debt, LineState market, LineState debtState)
    {
        var check = TierChecks.LittleGiant(Strong().With(d => d with { MarketShare = (decimal)share, DebtRatio = (decimal)debt }), Rules);
        Assert.Equal((market, debtState), (check.Line("主导产品全国细分市场占有率").State, check.Line("资产负债率").State));
        if (debtState == LineState.Unmet)
        {
            Assert.Equal("资产负债率 70.1%，高于 70% 的上限，需降低 0.1 个百分点", check.Line("资产负债率").Gap);
        }
    }

    [Fact]
    public void Little_giant_growth_averages_the_last_two_years_and_needs_three_years_of_statistics()
    {
        // 2024 +10%, 2025 +0%: average 5% — exactly the line.
        var f = Strong() with { LastYear = Year(2025, 11_000m, 550m), YearBefore = Year(2024, 11_000m, 550m), TwoYearsBefore = Year(2023, 10_000m, 500m) };
        Assert.True(TierChecks.LittleGiant(f, Rules).Line("近2年营业收入平均增长率").Met);
        var slower = f with { LastYear = Year(2025, 10_900m, 550m) };
        Assert.Equal(LineState.Unmet, TierChecks.LittleGiant(slower, Rules).Line("近2年营业收入平均增长率").State);
        Assert.Equal(LineState.Missing, TierChecks.LittleGiant(f with { TwoYearsBefore = null }, Rules).Line("近2年营业收入平均增长率").State);
    }

    [Theory]
    [InlineData(5_000, 250, LineState.Met, "5%")]            // ≤5000万: 5%
    [InlineData(5_000, 249, LineState.Unmet, "5%")]
    [InlineData(5_000.01, 200.01, LineState.Met, "4%")]      // ≤2亿: 4%
    [InlineData(20_000, 790, LineState.Unmet, "4%")]
    [InlineData(20_000.01, 600.01, LineState.Met, "3%")]     // >2亿: 3%
    public void High_tech_RnD_ratio_follows_the_latest_revenue_band(double revenue, double rnd, LineState state, string required)
    {
        var f = Strong() with { LastYear = Year(2025, (decimal)revenue, (decimal)rnd), YearBefore = null, TwoYearsBefore = null };
        var line = TierChecks.HighTech(f, Rules).Line("近1年研发费用占营业收入比例");
        Assert.Equal(state, line.State);
        Assert.EndsWith($"≥ {required}", line.Required);
    }

    [Theory]
    [InlineData(10, 100, 60, LineState.Met, LineState.Met)]
    [InlineData(9, 100, 59.9, LineState.Unmet, LineState.Unmet)]
    public void High_tech_needs_ten_percent_tech_staff_and_sixty_percent_high_tech_income(int tech, int total, double income, LineState staff, LineState incomeState)
    {
        var check = TierChecks.HighTech(Strong().With(d => d with { TechStaff = tech, TotalStaff = total, RndStaff = 0, HighTechIncomeShare = (decimal)income }), Rules);
        Assert.Equal((staff, incomeState), (check.Line("科技人员占职工总数比例").State, check.Line("高新技术产品").State));
    }

    [Fact]
    public void High_tech_needs_a_year_since_registration_and_core_IP()
    {
        Assert.True(TierChecks.HighTech(Strong() with { FoundedOn = Today.AddYears(-1) }, Rules).Line("注册成立满").Met);
        Assert.False(TierChecks.HighTech(Strong() with { FoundedOn = Today.AddYears(-1).AddDays(1) }, Rules).Line("注册成立满").Met);
        Assert.Equal(LineState.Missing, TierChecks.HighTech(Strong() with { FoundedOn = null }, Rules).Line("注册成立满").State);
        Assert.False(TierChecks.HighTech(Strong().With(d => d with { ClassOneIp = 0, ClassTwoIp = 0 }), Rules).Line("拥有核心自主知识产权").Met);
    }

    [Fact]
    public void Innovative_scores_the_table_and_qualifies_at_sixty_with_the_group_minimums()
    {
        // IP Ⅰ类 10 + R&D 3% 15 = 25; growth 5% 10 + debt 75% 5 = 15; other field 5 + main business 60% 15 = 20: total 60.
        var f = new LadderFacts
        {
            EnterpriseId = 2, Today = Today, LastYear = Year(2025, 1_050m, 31.5m), YearBefore = Year(2024, 1_000m, 30m),
            Declared = new DeclaredFacts { MainProductIp = MainProductIp.ClassOne, DebtRatio = 75m, StrategicEmerging = false, MainBusinessShare = 60m },
        };
        var check = TierChecks.Innovative(f, Rules);
        Assert.Equal([10, 15, 10, 5, 5, 15], check.Scores.Select(s => s.Points));
        Assert.Equal((TierVerdict.Qualified, "60 分"), (check.Verdict, check.Line("评价总分").Actual));

        var lower = TierChecks.Innovative(f.With(d => d with { MainBusinessShare = 59.9m }), Rules);
        Assert.Equal((TierVerdict.NotYet, 1), (lower.Verdict, lower.Unmet)); // total 55; 专业化 5 + 10 still meets 15
        Assert.Equal("评价总分 55 分，差 5 分", lower.Line("评价总分").Gap);
        Assert.Equal("主营业务收入占营业收入比重再提高 0.1 个百分点可得 15 分", lower.Scores[5].Advice);
    }

    [Theory]
    [InlineData(4.99, 15)]
    [InlineData(5, 20)]
    [InlineData(0.99, 0)]
    [InlineData(1, 5)]
    public void Innovative_RnD_bands(double ratio, int points)
    {
        var f = Strong() with { LastYear = Year(2025, 10_000m, (decimal)ratio * 100) };
        Assert.Equal(points, TierChecks.Innovative(f, Rules).Scores[1].Points);
    }

    [Fact]
    public void Innovative_direct_conditions_qualify_without_the_table_and_missing_facts_are_named()
    {
        var empty = new LadderFacts { EnterpriseId = 3, Today = Today };
        var check = TierChecks.Innovative(empty, Rules);
        Assert.Equal(TierVerdict.NotYet, check.Verdict);
        Assert.Equal(LineState.Missing, check.Line("评价总分").State);
        Assert.Contains("未填报或无数据", check.Line("评价总分").Gap);
        Assert.Equal(TierVerdict.Qualified, TierChecks.Innovative(empty.Holding(EnterpriseTagKind.HighTech), Rules).Verdict);
        Assert.Equal(TierVerdict.Qualified, TierChecks.Innovative(empty with { LatestScienceAward = Today.AddYears(-3) }, Rules).Verdict);
        Assert.Equal(TierVerdict.NotYet, TierChecks.Innovative(empty with { LatestScienceAward = Today.AddYears(-3).AddDays(-1) }, Rules).Verdict);
        Assert.Equal(TierVerdict.Qualified, TierChecks.Innovative(empty.With(d => d with { EquityThreeYears = 500m }), Rules).Verdict);
        Assert.Equal(TierVerdict.NotYet, TierChecks.Innovative(empty.With(d => d with { EquityThreeYears = 499.99m }), Rules).Verdict);
    }
}
