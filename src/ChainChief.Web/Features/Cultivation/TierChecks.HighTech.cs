using ChainChief.Web.Features.Enterprises;

namespace ChainChief.Web.Features.Cultivation;

public static partial class TierChecks
{
    /// <summary>
    /// 高新技术企业 (research §3.5, 2016 rules), its checkable conditions: registered ≥ 1 year; core IP (Ⅰ or Ⅱ类);
    /// tech staff ≥ 10% of staff; R&amp;D over the last (up to) three years ≥ 5% / 4% / 3% of revenue by the latest
    /// year's revenue ≤ 5000万 / ≤ 2亿 / above; high-tech product income ≥ 60%.
    /// </summary>
    public static TierCheck HighTech(LadderFacts f, TierThresholds t)
    {
        var d = f.Declared;
        var years = f.FoundedOn is { } founded ? (decimal?)YearsBetween(founded, f.Today) : null;
        int? ip = d.ClassOneIp is null && d.ClassTwoIp is null ? null : (d.ClassOneIp ?? 0) + (d.ClassTwoIp ?? 0);
        var lines = new List<TierLine>
        {
            AtLeast($"注册成立满 {t.HighTechYearsRegistered} 年", "成立", years, t.HighTechYearsRegistered, "年", "企业档案未登记成立日期，请补充"),
            AtLeast("拥有核心自主知识产权", "知识产权", ip, 1, "项", GapText.NotDeclared("Ⅰ类和Ⅱ类知识产权数量")),
            AtLeastPercent($"科技人员占职工总数比例 ≥ {GapText.Number(t.HighTechTechStaffShare)}%", "科技人员占比", Share(d.TechStaff, d.TotalStaff), t.HighTechTechStaffShare,
                GapText.NotDeclared("科技人员数和职工总数")),
            HighTechRnD(f, t),
            AtLeastPercent($"高新技术产品（服务）收入占比 ≥ {GapText.Number(t.HighTechIncomeShare)}%", "高新技术产品收入占比", d.HighTechIncomeShare, t.HighTechIncomeShare,
                GapText.NotDeclared("高新技术产品（服务）收入占比")),
        };
        return TierCheck.Of(Tier.HighTech, f.Tags.Contains(EnterpriseTagKind.HighTech), lines, [], [],
            "技术领域、境内研发费用占比、创新能力评价和无重大违法行为等条件需按认定办法另行核实");
    }

    private static TierLine HighTechRnD(LadderFacts f, TierThresholds t)
    {
        if (f.LastYear is not { } latest)
        {
            return new TierLine("近三年研发费用占营业收入比例（按上年营业收入分档）", "—", "5% / 4% / 3%", LineState.Missing, GapText.NoStatistics("上年度营业收入和研发费用"));
        }
        var (ratio, band) = latest.Revenue <= t.HighTechSmallRevenue ? (t.HighTechSmallRatio, $"营业收入 ≤ {GapText.Number(t.HighTechSmallRevenue)} 万元")
            : latest.Revenue <= t.HighTechMiddleRevenue ? (t.HighTechMiddleRatio, $"营业收入 ≤ {GapText.Number(t.HighTechMiddleRevenue)} 万元")
            : (t.HighTechLargeRatio, $"营业收入 > {GapText.Number(t.HighTechMiddleRevenue)} 万元");
        var years = new[] { f.LastYear, f.YearBefore, f.TwoYearsBefore }.TakeWhile(y => y is not null).Select(y => y!).ToList();
        var revenue = years.Sum(y => y.Revenue);
        decimal? share = revenue > 0 ? Math.Round(years.Sum(y => y.RnD) / revenue * 100, 2) : null;
        var line = AtLeastPercent($"近{years.Count}年研发费用占营业收入比例（{band}）", "研发费用占比", share, ratio, GapText.NoStatistics("营业收入"));
        return line with { Required = $"{band}：≥ {GapText.Number(ratio)}%" };
    }

    private static int YearsBetween(DateOnly from, DateOnly to) =>
        to.Year - from.Year - (to < from.AddYears(to.Year - from.Year) ? 1 : 0);
}
