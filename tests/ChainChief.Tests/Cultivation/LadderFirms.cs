using ChainChief.Web.Features.Cultivation;
using ChainChief.Web.Features.Enterprises;

namespace ChainChief.Tests.Cultivation;

/// <summary>Hand-made firms for the tier checks: today is 2026-06-30, so 上年度 is 2025.</summary>
internal static class LadderFirms
{
    public static readonly DateOnly Today = new(2026, 6, 30);

    public static YearFigures Year(int year, decimal revenue, decimal rnd) => new(year, revenue, rnd, 12);

    /// <summary>A firm that meets every checked condition of every tier (revenue 1.2亿 growing 10% a year, R&amp;D 5%).</summary>
    public static LadderFacts Strong() => new()
    {
        EnterpriseId = 1, Today = Today, FoundedOn = new DateOnly(2015, 3, 1),
        LastYear = Year(2025, 12_100m, 605m), YearBefore = Year(2024, 11_000m, 550m), TwoYearsBefore = Year(2023, 10_000m, 500m),
        Declared = new DeclaredFacts
        {
            NicheYears = 8, MainBusinessShare = 85m, DebtRatio = 45m, MainProductIp = MainProductIp.ClassOneHighValue, StrategicEmerging = true,
            ClassOneIp = 3, ClassTwoIp = 10, EquityTwoYears = 0m, EquityThreeYears = 0m, TotalStaff = 200, TechStaff = 30, RndStaff = 25,
            HighTechIncomeShare = 70m, MarketShare = 12m, SpecializedScore = 72,
        },
    };

    public static LadderFacts With(this LadderFacts f, Func<DeclaredFacts, DeclaredFacts> change) => f with { Declared = change(f.Declared) };

    public static LadderFacts Holding(this LadderFacts f, params EnterpriseTagKind[] tags) => f with { Tags = tags.ToHashSet() };

    public static TierLine Line(this TierCheck check, string conditionStart) =>
        Assert.Single(check.Lines, l => l.Condition.StartsWith(conditionStart, StringComparison.Ordinal));
}
