using ChainChief.Web.Features.Enterprises;

namespace ChainChief.Web.Features.Cultivation;

/// <summary>
/// The 梯度培育 eligibility rules (DOMAIN §8, research §3.2–3.5) over plain facts: each check lists every condition
/// with the firm's value, the requirement and the gap in words. Only sourced, quantitative conditions are checked;
/// qualitative ones (fields, certifications, brands) are named in the summary for officials to verify.
/// </summary>
public static partial class TierChecks
{
    public static IReadOnlyList<TierCheck> All(LadderFacts f, TierThresholds t) =>
        [Innovative(f, t), Specialized(f, t), LittleGiant(f, t), HighTech(f, t)];

    public static TierCheck Check(Tier tier, LadderFacts f, TierThresholds t) => tier switch
    {
        Tier.InnovativeSme => Innovative(f, t),
        Tier.Specialized => Specialized(f, t),
        Tier.LittleGiant => LittleGiant(f, t),
        Tier.HighTech => HighTech(f, t),
    };

    public static EnterpriseTagKind TagOf(Tier tier) => tier switch
    {
        Tier.InnovativeSme => EnterpriseTagKind.InnovativeSme,
        Tier.Specialized => EnterpriseTagKind.Specialized,
        Tier.LittleGiant => EnterpriseTagKind.LittleGiant,
        Tier.HighTech => EnterpriseTagKind.HighTech,
    };

    /// <summary>A figure that must reach a minimum; null = missing (declared or statistics, as <paramref name="missing"/> says).</summary>
    private static TierLine AtLeast(string condition, string label, decimal? actual, decimal required, string unit, string missing) =>
        actual is not { } a ? new TierLine(condition, "—", $"≥ {GapText.Number(required)} {unit}", LineState.Missing, missing)
            : new TierLine(condition, $"{GapText.Number(a)} {unit}", $"≥ {GapText.Number(required)} {unit}", a >= required ? LineState.Met : LineState.Unmet,
                GapText.ShortOf(label, a, required, unit));

    private static TierLine AtLeastPercent(string condition, string label, decimal? actual, decimal required, string missing) =>
        actual is not { } a ? new TierLine(condition, "—", $"≥ {GapText.Number(required)}%", LineState.Missing, missing)
            : new TierLine(condition, $"{GapText.Number(a)}%", $"≥ {GapText.Number(required)}%", a >= required ? LineState.Met : LineState.Unmet,
                GapText.ShortOfPercent(label, a, required));

    private static TierLine AtMostPercent(string condition, string label, decimal? actual, decimal limit, string missing) =>
        actual is not { } a ? new TierLine(condition, "—", $"≤ {GapText.Number(limit)}%", LineState.Missing, missing)
            : new TierLine(condition, $"{GapText.Number(a)}%", $"≤ {GapText.Number(limit)}%", a <= limit ? LineState.Met : LineState.Unmet,
                GapText.OverPercent(label, a, limit));

    private static decimal? Share(int? part, int? whole) =>
        part is { } p && whole is > 0 and var w ? Math.Round((decimal)p / w * 100, 1) : null;

    /// <summary>Year-on-year revenue growth (%) of <paramref name="year"/> on <paramref name="before"/>.</summary>
    private static decimal? Growth(YearFigures? year, YearFigures? before) =>
        year is not null && before is { Revenue: > 0 } b ? Math.Round((year.Revenue - b.Revenue) / b.Revenue * 100, 1) : null;

    private static string LastYearLabel(LadderFacts f) => $"{f.Today.Year - 1}年";
}
