using ChainChief.Web.Features.Enterprises;

namespace ChainChief.Web.Features.Cultivation;

public static partial class TierChecks
{
    /// <summary>
    /// 专精特新"小巨人" (research §3.4), its quantitative conditions: ≥ 3 years in the niche, main business ≥ 70% of
    /// revenue, two-year average growth ≥ 5%, asset-liability ratio ≤ 70%, national niche market share ≥ 10%, R&amp;D by
    /// revenue band, and ≥ 2 Ⅰ类 IP items on the main product. Growth is taken from the statistics' 营业收入.
    /// </summary>
    public static TierCheck LittleGiant(LadderFacts f, TierThresholds t)
    {
        var d = f.Declared;
        decimal? growth = Growth(f.LastYear, f.YearBefore) is { } g1 && Growth(f.YearBefore, f.TwoYearsBefore) is { } g2 ? Math.Round((g1 + g2) / 2, 1) : null;
        var lines = new List<TierLine>
        {
            AtLeast($"从事特定细分市场 ≥ {t.GiantNicheYears} 年", "从事细分市场", d.NicheYears, t.GiantNicheYears, "年", GapText.NotDeclared("从事特定细分市场的年限")),
            AtLeastPercent($"主营业务收入占营业收入比重 ≥ {GapText.Number(t.GiantMainBusinessShare)}%", "主营业务收入占比", d.MainBusinessShare, t.GiantMainBusinessShare,
                GapText.NotDeclared("主营业务收入占营业收入比重")),
            AtLeastPercent($"近2年营业收入平均增长率 ≥ {GapText.Number(t.GiantGrowth)}%", "近2年平均增长率", growth, t.GiantGrowth, GapText.NoStatistics("近三年营业收入")),
            AtMostPercent($"资产负债率 ≤ {GapText.Number(t.GiantDebtRatio)}%", "资产负债率", d.DebtRatio, t.GiantDebtRatio, GapText.NotDeclared("资产负债率")),
            AtLeastPercent($"主导产品全国细分市场占有率 ≥ {GapText.Number(t.GiantMarketShare)}%", "市场占有率", d.MarketShare, t.GiantMarketShare, GapText.NotDeclared("主导产品全国细分市场占有率")),
            GiantRnD(f, t),
            AtLeast($"与主导产品相关的Ⅰ类知识产权 ≥ {t.GiantClassOneIp} 项", "Ⅰ类知识产权", d.ClassOneIp, t.GiantClassOneIp, "项", GapText.NotDeclared("与主导产品相关的Ⅰ类知识产权数量")),
        };
        return TierCheck.Of(Tier.LittleGiant, f.Tags.Contains(EnterpriseTagKind.LittleGiant), lines, [], [],
            "信息系统、管理体系认证、自主品牌、研发机构等定性条件需另行核实");
    }

    /// <summary>R&amp;D by revenue band: ≥ 1亿 both years ≥ 3%; 5000万–1亿 both years ≥ 6%; below, equity + R&amp;D total + R&amp;D staff.</summary>
    private static TierLine GiantRnD(LadderFacts f, TierThresholds t)
    {
        const string condition = "研发投入（按营业收入分档）";
        if (f.LastYear is not { } y1 || f.YearBefore is not { } y2)
        {
            return new TierLine(condition, "—", "按营业收入分档", LineState.Missing, GapText.NoStatistics("近两年营业收入和研发费用"));
        }
        if (y1.Revenue >= t.GiantMiddleRevenue)
        {
            var ratio = y1.Revenue >= t.GiantLargeRevenue ? t.GiantLargeRnDRatio : t.GiantMiddleRnDRatio;
            var band = y1.Revenue >= t.GiantLargeRevenue ? $"营业收入 ≥ {GapText.Number(t.GiantLargeRevenue)} 万元" : $"营业收入 {GapText.Number(t.GiantMiddleRevenue)}–{GapText.Number(t.GiantLargeRevenue)} 万元";
            var low = Math.Min(y1.RnDRatio ?? 0, y2.RnDRatio ?? 0);
            return new TierLine(condition, $"{y2.Year}年 {GapText.Number(y2.RnDRatio ?? 0)}%，{y1.Year}年 {GapText.Number(y1.RnDRatio ?? 0)}%",
                $"{band}：近2年研发费用占比均 ≥ {GapText.Number(ratio)}%", low >= ratio ? LineState.Met : LineState.Unmet, GapText.ShortOfPercent("近2年研发费用占比较低一年", low, ratio));
        }
        var total = y1.RnD + y2.RnD;
        var staffShare = Share(f.Declared.RndStaff, f.Declared.TotalStaff);
        var equity = f.Declared.EquityTwoYears;
        var required = $"营业收入 < {GapText.Number(t.GiantMiddleRevenue)} 万元：近2年新增股权融资 ≥ {GapText.Number(t.GiantSmallEquity)} 万元，研发费用总额 ≥ {GapText.Number(t.GiantSmallRnD)} 万元，研发人员占比 ≥ {GapText.Number(t.GiantSmallRndStaffShare)}%";
        var actual = $"融资 {(equity is { } e ? GapText.Number(e) + " 万元" : "未填报")}；研发费用 {GapText.Number(total)} 万元；研发人员占比 {(staffShare is { } s ? GapText.Number(s) + "%" : "未填报")}";
        var gaps = new List<string>();
        var missing = equity is null || staffShare is null;
        if (equity is null)
        {
            gaps.Add(GapText.NotDeclared("近2年新增股权融资"));
        }
        else if (equity < t.GiantSmallEquity)
        {
            gaps.Add(GapText.ShortOf("近2年新增股权融资", equity.Value, t.GiantSmallEquity, "万元"));
        }
        if (total < t.GiantSmallRnD)
        {
            gaps.Add(GapText.ShortOf("近2年研发费用总额", total, t.GiantSmallRnD, "万元"));
        }
        if (staffShare is null)
        {
            gaps.Add(GapText.NotDeclared("研发人员数和职工总数"));
        }
        else if (staffShare < t.GiantSmallRndStaffShare)
        {
            gaps.Add(GapText.ShortOfPercent("研发人员占比", staffShare.Value, t.GiantSmallRndStaffShare));
        }
        var state = gaps.Count == 0 ? LineState.Met : missing ? LineState.Missing : LineState.Unmet;
        return new TierLine(condition, actual, required, state, gaps.Count == 0 ? "三项均已满足" : string.Join("；", gaps));
    }
}
