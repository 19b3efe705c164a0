using ChainChief.Web.Features.Enterprises;

namespace ChainChief.Web.Features.Cultivation;

public static partial class TierChecks
{
    private const string InnovationGroup = "创新能力";
    private const string GrowthGroup = "成长性";
    private const string SpecialisationGroup = "专业化";

    /// <summary>
    /// 创新型中小企业 (research §3.2): the 100-point table, qualifying at ≥ 60 with 创新能力 ≥ 20, 成长性 ≥ 15 and
    /// 专业化 ≥ 15; or a direct condition — a valid 高新技术企业 title, a national or provincial S&amp;T award within
    /// three years, or ≥ 500万 new equity financing within three years. Revenue growth is taken from the statistics'
    /// 营业收入 (the table's 主营业务收入 growth is not reported separately).
    /// </summary>
    public static TierCheck Innovative(LadderFacts f, TierThresholds t)
    {
        var d = f.Declared;
        var scores = new List<ScoreLine>
        {
            IpScore(d.MainProductIp),
            Banded(InnovationGroup, "上年度研发费用占营业收入比重", f.LastYear?.RnDRatio, 20, [(5m, 20), (3m, 15), (2m, 10), (1m, 5)], GapText.NoStatistics($"{LastYearLabel(f)}营业收入和研发费用")),
            Banded(GrowthGroup, "上年度营业收入增长率", Growth(f.LastYear, f.YearBefore), 20, [(15m, 20), (10m, 15), (5m, 10), (0m, 5)], GapText.NoStatistics("近两年营业收入")),
            DebtScore(d.DebtRatio),
            d.StrategicEmerging is { } s
                ? new ScoreLine(SpecialisationGroup, "主导产品所属领域", s ? "属于战略性新兴产业" : "其他领域", s ? 10 : 5, 10, s ? "已得满分" : "主导产品属于《战略性新兴产业分类》可得 10 分", false)
                : new ScoreLine(SpecialisationGroup, "主导产品所属领域", "—", 0, 10, GapText.NotDeclared("主导产品是否属于战略性新兴产业"), true),
            Banded(SpecialisationGroup, "主营业务收入占营业收入比重", d.MainBusinessShare, 20, [(70m, 20), (60m, 15), (55m, 10), (50m, 5)], GapText.NotDeclared("主营业务收入占营业收入比重")),
        };
        var lines = new List<TierLine>
        {
            ScoreCondition("评价总分", scores, null, t.InnovativeTotal),
            ScoreCondition("创新能力得分", scores, InnovationGroup, t.InnovativeInnovation),
            ScoreCondition("成长性得分", scores, GrowthGroup, t.InnovativeGrowth),
            ScoreCondition("专业化得分", scores, SpecialisationGroup, t.InnovativeSpecialisation),
        };
        var award = f.LatestScienceAward is { } granted && granted.AddYears(t.AwardYears) >= f.Today;
        var alternatives = new List<TierLine>
        {
            Holds("持有有效的高新技术企业称号", f.Tags.Contains(EnterpriseTagKind.HighTech)),
            Holds($"近{t.AwardYears}年获得国家级或省级科技奖励", award),
            AtLeast($"近3年新增股权融资 ≥ {GapText.Number(t.InnovativeDirectEquity)} 万元", "近3年新增股权融资", d.EquityThreeYears, t.InnovativeDirectEquity, "万元",
                GapText.NotDeclared("近3年新增股权融资金额")),
        };
        return TierCheck.Of(Tier.InnovativeSme, f.Tags.Contains(EnterpriseTagKind.InnovativeSme), lines, alternatives, scores);
    }

    private static TierLine Holds(string condition, bool held) =>
        new(condition, held ? "是" : "否", "是", held ? LineState.Met : LineState.Unmet, held ? "已满足" : "不具备");

    private static TierLine ScoreCondition(string condition, List<ScoreLine> scores, string? group, int required)
    {
        var items = scores.Where(s => group is null || s.Group == group).ToList();
        var points = items.Sum(s => s.Points);
        var missing = items.Where(s => s.Missing).Select(s => s.Indicator).ToList();
        var state = points >= required ? LineState.Met : missing.Count > 0 ? LineState.Missing : LineState.Unmet;
        var gap = points >= required ? $"{condition} {points} 分，达到 {required} 分的要求" : $"{condition} {points} 分，差 {required - points} 分"
            + (missing.Count > 0 ? $"（{string.Join("、", missing)} 未填报或无数据）" : "");
        return new TierLine(condition, $"{points} 分", $"≥ {required} 分", state, gap);
    }

    /// <summary>Points by band: the first (floor, points) the value reaches; advice says what the next band needs.</summary>
    private static ScoreLine Banded(string group, string indicator, decimal? value, int max, (decimal Floor, int Points)[] bands, string missing)
    {
        if (value is not { } v)
        {
            return new ScoreLine(group, indicator, "—", 0, max, missing, true);
        }
        var index = Array.FindIndex(bands, b => v >= b.Floor);
        var points = index < 0 ? 0 : bands[index].Points;
        var next = index < 0 ? bands[^1] : index > 0 ? bands[index - 1] : ((decimal, int)?)null;
        var advice = next is { } n ? $"{indicator}再提高 {GapText.Number(n.Item1 - v)} 个百分点可得 {n.Item2} 分" : "已得满分";
        return new ScoreLine(group, indicator, $"{GapText.Number(v)}%", points, max, advice, false);
    }

    private static ScoreLine DebtScore(decimal? ratio)
    {
        const string indicator = "资产负债率";
        return ratio switch
        {
            null => new ScoreLine(GrowthGroup, indicator, "—", 0, 10, GapText.NotDeclared("资产负债率"), true),
            <= 55m => new ScoreLine(GrowthGroup, indicator, $"{GapText.Number(ratio.Value)}%", 10, 10, "已得满分", false),
            <= 75m => new ScoreLine(GrowthGroup, indicator, $"{GapText.Number(ratio.Value)}%", 5, 10, $"资产负债率降低 {GapText.Number(ratio.Value - 55m)} 个百分点（至 55% 以下）可得 10 分", false),
            _ => new ScoreLine(GrowthGroup, indicator, $"{GapText.Number(ratio.Value)}%", 0, 10, $"资产负债率降低 {GapText.Number(ratio.Value - 75m)} 个百分点（至 75% 以下）可得 5 分", false),
        };
    }

    private static ScoreLine IpScore(MainProductIp? ip)
    {
        const string indicator = "与主导产品相关的知识产权";
        if (ip is not { } level)
        {
            return new ScoreLine(InnovationGroup, indicator, "—", 0, 20, GapText.NotDeclared("与主导产品相关的知识产权类别"), true);
        }
        return level switch
        {
            MainProductIp.ClassOneHighValue => new ScoreLine(InnovationGroup, indicator, "Ⅰ类高价值知识产权", 20, 20, "已得满分", false),
            MainProductIp.ClassOneSelfDeveloped => new ScoreLine(InnovationGroup, indicator, "自主研发Ⅰ类知识产权", 15, 20, "拥有Ⅰ类高价值知识产权可得 20 分", false),
            MainProductIp.ClassOne => new ScoreLine(InnovationGroup, indicator, "Ⅰ类知识产权", 10, 20, "自主研发取得Ⅰ类知识产权可得 15 分", false),
            MainProductIp.ClassTwo => new ScoreLine(InnovationGroup, indicator, "Ⅱ类知识产权", 5, 20, "取得Ⅰ类知识产权（如发明专利）可得 10 分", false),
            MainProductIp.None => new ScoreLine(InnovationGroup, indicator, "无", 0, 20, "取得Ⅱ类知识产权可得 5 分，Ⅰ类可得 10 分", false),
        };
    }
}
