using ChainChief.Web.Features.Enterprises;

namespace ChainChief.Web.Features.Cultivation;

public static partial class TierChecks
{
    /// <summary>
    /// 专精特新中小企业 (research §3.3, 2022 暂行办法): all four of — ≥ 2 years in a niche; last year's R&amp;D ≥ 100万
    /// and ≥ 3% of revenue; revenue ≥ 1000万 or ≥ 2000万 new equity in two years; a score ≥ 60 or a direct condition.
    /// The 13-indicator score table is not sourced, so the score is the firm's declared self-assessment from the
    /// 梯度培育平台; the checkable direct conditions are a two-year R&amp;D average ≥ 1000万 and ≥ 6000万 equity.
    /// </summary>
    public static TierCheck Specialized(LadderFacts f, TierThresholds t)
    {
        var d = f.Declared;
        var year = LastYearLabel(f);
        var noStats = GapText.NoStatistics($"{year}营业收入和研发费用");
        var lines = new List<TierLine>
        {
            AtLeast($"从事特定细分市场 ≥ {t.SpecializedNicheYears} 年", "从事细分市场", d.NicheYears, t.SpecializedNicheYears, "年", GapText.NotDeclared("从事特定细分市场的年限")),
            AtLeast($"上年度研发费用 ≥ {GapText.Number(t.SpecializedRnD)} 万元", "研发费用", f.LastYear?.RnD, t.SpecializedRnD, "万元", noStats),
            AtLeastPercent($"研发费用占营业收入比重 ≥ {GapText.Number(t.SpecializedRnDRatio)}%", "研发费用占比", f.LastYear?.RnDRatio, t.SpecializedRnDRatio, noStats),
            RevenueOrEquity(f, t),
            ScoreOrDirect(f, t),
        };
        return TierCheck.Of(Tier.Specialized, f.Tags.Contains(EnterpriseTagKind.Specialized), lines, [], []);
    }

    private static TierLine RevenueOrEquity(LadderFacts f, TierThresholds t)
    {
        var condition = $"上年度营业收入 ≥ {GapText.Number(t.SpecializedRevenue)} 万元，或近2年新增股权融资 ≥ {GapText.Number(t.SpecializedEquity)} 万元";
        var required = $"≥ {GapText.Number(t.SpecializedRevenue)} 万元 / 融资 ≥ {GapText.Number(t.SpecializedEquity)} 万元";
        var (revenue, equity) = (f.LastYear?.Revenue, f.Declared.EquityTwoYears);
        var actual = $"营业收入 {(revenue is { } r ? GapText.Number(r) + " 万元" : "无数据")}；近2年融资 {(equity is { } e ? GapText.Number(e) + " 万元" : "未填报")}";
        if (revenue >= t.SpecializedRevenue || equity >= t.SpecializedEquity)
        {
            return new TierLine(condition, actual, required, LineState.Met, revenue >= t.SpecializedRevenue
                ? GapText.ShortOf("营业收入", revenue.Value, t.SpecializedRevenue, "万元") : GapText.ShortOf("近2年新增股权融资", equity!.Value, t.SpecializedEquity, "万元"));
        }
        if (revenue is null && equity is null)
        {
            return new TierLine(condition, actual, required, LineState.Missing, $"{GapText.NoStatistics("上年度营业收入")}；或{GapText.NotDeclared("近2年新增股权融资")}");
        }
        var gaps = new List<string>();
        if (revenue is { } rv)
        {
            gaps.Add(GapText.ShortOf("营业收入", rv, t.SpecializedRevenue, "万元"));
        }
        if (equity is { } eq)
        {
            gaps.Add(GapText.ShortOf("近2年新增股权融资", eq, t.SpecializedEquity, "万元"));
        }
        return new TierLine(condition, actual, required, LineState.Unmet, string.Join("；或", gaps));
    }

    private static TierLine ScoreOrDirect(LadderFacts f, TierThresholds t)
    {
        var condition = $"专精特新评价得分 ≥ {t.SpecializedScore} 分，或满足直通条件";
        var required = $"≥ {t.SpecializedScore} 分 / 近2年研发费用年均 ≥ {GapText.Number(t.SpecializedDirectRnD)} 万元 / 近2年新增股权融资 ≥ {GapText.Number(t.SpecializedDirectEquity)} 万元";
        var score = f.Declared.SpecializedScore;
        decimal? averageRnD = f.LastYear is { } y1 && f.YearBefore is { } y2 ? Math.Round((y1.RnD + y2.RnD) / 2, 2) : null;
        var equity = f.Declared.EquityTwoYears;
        var actual = $"自评 {(score is { } s ? s + " 分" : "未填报")}；研发费用年均 {(averageRnD is { } a ? GapText.Number(a) + " 万元" : "无数据")}";
        if (score >= t.SpecializedScore)
        {
            return new TierLine(condition, actual, required, LineState.Met, $"自评得分 {score} 分，达到 {t.SpecializedScore} 分的要求");
        }
        if (averageRnD >= t.SpecializedDirectRnD)
        {
            return new TierLine(condition, actual, required, LineState.Met, $"近2年研发费用年均 {GapText.Number(averageRnD.Value)} 万元，满足直通条件");
        }
        if (equity >= t.SpecializedDirectEquity)
        {
            return new TierLine(condition, actual, required, LineState.Met, $"近2年新增股权融资 {GapText.Number(equity.Value)} 万元，满足直通条件");
        }
        return score is { } declared
            ? new TierLine(condition, actual, required, LineState.Unmet, $"自评得分 {declared} 分，差 {t.SpecializedScore - declared} 分")
            : new TierLine(condition, actual, required, LineState.Missing, GapText.NotDeclared("专精特新评价自评得分（梯度培育平台）"));
    }
}
