namespace ChainChief.Web.Features.Cultivation;

/// <summary>
/// The figures the tier checks compare with, defaulting to the national rules in research §3.2–3.5 (创新型中小企业
/// 2022, 专精特新 2022 暂行办法, 小巨人, 高新技术企业 2016). Money in 万元, shares in %. Provinces adjust some of them,
/// hence a record rather than constants.
/// </summary>
public sealed record TierThresholds
{
    public int InnovativeTotal { get; init; } = 60;
    public int InnovativeInnovation { get; init; } = 20;
    public int InnovativeGrowth { get; init; } = 15;
    public int InnovativeSpecialisation { get; init; } = 15;
    public decimal InnovativeDirectEquity { get; init; } = 500m;
    /// <summary>A science award counts as a direct condition this many years after it was granted.</summary>
    public int AwardYears { get; init; } = 3;

    public int SpecializedNicheYears { get; init; } = 2;
    public decimal SpecializedRnD { get; init; } = 100m;
    public decimal SpecializedRnDRatio { get; init; } = 3m;
    public decimal SpecializedRevenue { get; init; } = 1000m;
    public decimal SpecializedEquity { get; init; } = 2000m;
    public int SpecializedScore { get; init; } = 60;
    public decimal SpecializedDirectRnD { get; init; } = 1000m;
    public decimal SpecializedDirectEquity { get; init; } = 6000m;

    public int GiantNicheYears { get; init; } = 3;
    public decimal GiantMainBusinessShare { get; init; } = 70m;
    public decimal GiantGrowth { get; init; } = 5m;
    public decimal GiantDebtRatio { get; init; } = 70m;
    public decimal GiantMarketShare { get; init; } = 10m;
    public int GiantClassOneIp { get; init; } = 2;
    /// <summary>Revenue ≥ 1亿: both of the last two years' R&amp;D ratio ≥ 3%.</summary>
    public decimal GiantLargeRevenue { get; init; } = 10_000m;
    public decimal GiantLargeRnDRatio { get; init; } = 3m;
    /// <summary>Revenue 5000万–1亿: both years ≥ 6%.</summary>
    public decimal GiantMiddleRevenue { get; init; } = 5_000m;
    public decimal GiantMiddleRnDRatio { get; init; } = 6m;
    /// <summary>Revenue &lt; 5000万: ≥ 8000万 new equity in two years, two years' R&amp;D ≥ 3000万, R&amp;D staff ≥ 50%.</summary>
    public decimal GiantSmallEquity { get; init; } = 8_000m;
    public decimal GiantSmallRnD { get; init; } = 3_000m;
    public decimal GiantSmallRndStaffShare { get; init; } = 50m;

    public int HighTechYearsRegistered { get; init; } = 1;
    public decimal HighTechTechStaffShare { get; init; } = 10m;
    public decimal HighTechIncomeShare { get; init; } = 60m;
    /// <summary>R&amp;D / revenue by the latest year's revenue: ≤ 5000万 → 5%, ≤ 2亿 → 4%, above → 3%.</summary>
    public decimal HighTechSmallRevenue { get; init; } = 5_000m;
    public decimal HighTechMiddleRevenue { get; init; } = 20_000m;
    public decimal HighTechSmallRatio { get; init; } = 5m;
    public decimal HighTechMiddleRatio { get; init; } = 4m;
    public decimal HighTechLargeRatio { get; init; } = 3m;
}
