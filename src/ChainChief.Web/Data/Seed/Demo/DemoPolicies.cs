using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Incentives;

namespace ChainChief.Web.Data.Seed.Demo;

/// <summary>
/// The demo city's policies: the formulas of seed 002 as its speaker announced them (研发投入 over 1000万 → 5%, at most
/// 500万; revenue first past 10亿 / 50亿 / 100亿 → 100万 / 500万 / 1000万; national / provincial S&amp;T award → 100万 /
/// 50万), and three typical ones — 用工奖补 per employee, 租金减免 for small firms of a chain, 升规奖励 for firms newly
/// above scale. Money in 万元.
/// </summary>
public static class DemoPolicies
{
    public const string RnD = "rnd";
    public const string Milestones = "milestones";
    public const string ScienceAwards = "science";
    public const string Employment = "employment";
    public const string Rent = "rent";
    public const string ScaleUp = "scaleUp";

    private const string Issuer = "安康市人民政府（示例）";

    public static IEnumerable<(string Key, PolicyInput Input)> All(int year, string firstChain)
    {
        var from = new DateOnly(year, 1, 1);
        yield return (RnD, new PolicyInput
        {
            Title = "企业研发投入补助（示例）", Issuer = Issuer, DocumentNo = $"安政发〔{year}〕3号（示例）", RegionCode = "6109", EffectiveFrom = from,
            EffectiveTo = new DateOnly(year + 2, 12, 31), Mode = PolicyMode.Automatic, Contact = "市科技局成果转化科",
            Summary = "对上年度研发投入超过1000万元的企业，按研发投入的5%给予补助，最高500万元。免申即享，按统计数据直接兑现。",
            Rule = PolicyRule.All(PolicyRule.CompareTo(FactCatalog.RnD, "ge", "研发投入门槛")),
            Parameters = [new PolicyParameter { Name = "研发投入门槛", Values = [new DatedValue(from, 1000)] }],
            Formula = new BenefitFormula { Kind = BenefitKind.Percentage, Fact = FactCatalog.RnD, Rate = 0.05m, Cap = 500 },
        });
        yield return (Milestones, new PolicyInput
        {
            Title = "营业收入首次突破奖励（示例）", Issuer = Issuer, DocumentNo = $"安政发〔{year}〕3号（示例）", RegionCode = "6109", EffectiveFrom = from,
            Mode = PolicyMode.Automatic, Contact = "市工信局运行科",
            Summary = "对年营业收入首次突破10亿元、50亿元、100亿元的企业，分别给予100万元、500万元、1000万元奖励，每档只奖一次。",
            Rule = PolicyRule.All(PolicyRule.Compare(FactCatalog.Revenue, "ge", 100_000)),
            Formula = new BenefitFormula
            {
                Kind = BenefitKind.Milestones, Fact = FactCatalog.Revenue,
                Steps = [new BenefitStep(100_000, 100), new BenefitStep(500_000, 500), new BenefitStep(1_000_000, 1000)],
            },
        });
        yield return (ScienceAwards, new PolicyInput
        {
            Title = "科学技术进步奖配套奖励（示例）", Issuer = Issuer, DocumentNo = $"安政发〔{year}〕3号（示例）", RegionCode = "6109", EffectiveFrom = from,
            Mode = PolicyMode.Automatic, Contact = "市科技局",
            Summary = "对获得国家级、省级科学技术进步奖的项目完成企业，分别给予100万元、50万元奖励。",
            Rule = PolicyRule.Any(PolicyRule.In(FactCatalog.Tags, nameof(EnterpriseTagKind.NationalScienceAward)),
                PolicyRule.In(FactCatalog.Tags, nameof(EnterpriseTagKind.ProvincialScienceAward))),
            Formula = new BenefitFormula
            {
                Kind = BenefitKind.PerTitle,
                Titles = [new TitleAmount(nameof(EnterpriseTagKind.NationalScienceAward), 100), new TitleAmount(nameof(EnterpriseTagKind.ProvincialScienceAward), 50)],
            },
        });
        yield return (Employment, new PolicyInput
        {
            Title = "稳岗扩岗用工奖补（示例）", Issuer = "安康市人力资源和社会保障局（示例）", DocumentNo = $"安人社发〔{year}〕8号（示例）", RegionCode = "6109",
            EffectiveFrom = from, EffectiveTo = new DateOnly(year, 12, 31), Mode = PolicyMode.FastTrack, DecisionDays = 10, Contact = "市人社局就业促进科",
            Summary = "规上工业企业上年度营业收入不降、稳定用工的，按从业人员每人500元给予奖补，最高50万元。企业在线申请，10个工作日内办结。",
            Rule = PolicyRule.All(PolicyRule.In(FactCatalog.Scale, nameof(EnterpriseScale.AboveScale)), PolicyRule.Compare(FactCatalog.RevenueGrowth, "ge", 0)),
            Formula = new BenefitFormula { Kind = BenefitKind.PerUnit, Fact = FactCatalog.Employees, Amount = 0.05m, Cap = 50 },
        });
        yield return (Rent, new PolicyInput
        {
            Title = "重点产业链中小企业厂房租金减免（示例）", Issuer = Issuer, DocumentNo = $"安政办发〔{year}〕15号（示例）", RegionCode = "6109", EffectiveFrom = from,
            EffectiveTo = new DateOnly(year, 12, 31), Mode = PolicyMode.FastTrack, DecisionDays = 15, Contact = "市工信局中小企业科",
            Summary = "入驻标准化厂房的重点产业链规下企业，减免当年厂房租金10万元；已享受其他租金补贴的不重复享受。",
            Rule = PolicyRule.All(PolicyRule.In(FactCatalog.Chain, firstChain), PolicyRule.In(FactCatalog.Scale, nameof(EnterpriseScale.BelowScale)),
                PolicyRule.Not(PolicyRule.In(FactCatalog.Tags, nameof(EnterpriseTagKind.Leading)))),
            Formula = new BenefitFormula { Kind = BenefitKind.Flat, Amount = 10 },
        });
        yield return (ScaleUp, new PolicyInput
        {
            Title = "小升规奖励（示例）", Issuer = Issuer, DocumentNo = $"安政发〔{year}〕3号（示例）", RegionCode = "6109", EffectiveFrom = from, Mode = PolicyMode.Automatic,
            Contact = "市工信局运行科",
            Summary = "上年度首次纳入规上统计的工业企业，按上年度营业收入分档奖励：2亿元以下10万元，2亿至5亿元20万元，5亿元以上30万元。",
            Rule = PolicyRule.All(PolicyRule.In(FactCatalog.Scale, nameof(EnterpriseScale.AboveScale)), PolicyRule.CompareTo(FactCatalog.AboveScaleYear, "eq", "升规年度")),
            Parameters = [new PolicyParameter { Name = "升规年度", Values = [new DatedValue(from, year - 1), new DatedValue(from.AddYears(1), year)] }],
            Formula = new BenefitFormula
            {
                Kind = BenefitKind.Tiers, Fact = FactCatalog.Revenue,
                Steps = [new BenefitStep(2_000, 10), new BenefitStep(20_000, 20), new BenefitStep(50_000, 30)],
            },
        });
    }
}
