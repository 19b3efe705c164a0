using ChainChief.Web.Features.Enterprises;

namespace ChainChief.Web.Features.Incentives;

/// <summary>What kind of value a fact holds, which decides the comparisons a rule may make on it.</summary>
public enum FactKind
{
    /// <summary>A figure (万元, %, persons): compared with ≥ / > / ≤ / &lt; / =.</summary>
    Number,
    /// <summary>A code (region, industry, scale): compared by prefix with a list ("in").</summary>
    Code,
    /// <summary>A set (tags, chains): "has" one of the listed values.</summary>
    Set,
}

/// <summary>A fact a policy rule can ask about a firm, with its Chinese label and unit for explanations.</summary>
public sealed record FactDefinition(string Key, string Label, FactKind Kind, string Unit = "");

/// <summary>
/// The firm facts rules are written over (DOMAIN §8). Figures are last year's (上年度) unless named otherwise; a
/// fact missing for a firm (no statistics) fails every comparison and the explanation says it is missing.
/// </summary>
public static class FactCatalog
{
    public const string Region = "region";
    public const string Industry = "industry";
    public const string Chain = "chain";
    public const string Scale = "scale";
    public const string Tags = "tags";
    public const string Revenue = "revenue";
    public const string Output = "output";
    public const string Tax = "tax";
    public const string RnD = "rnd";
    public const string RnDRatio = "rndRatio";
    public const string RevenueGrowth = "revenueGrowth";
    public const string Employees = "employees";
    public const string AboveScaleYear = "aboveScaleYear";

    public static readonly IReadOnlyList<FactDefinition> All =
    [
        new(Region, "所在地区", FactKind.Code),
        new(Industry, "国民经济行业", FactKind.Code),
        new(Chain, "所属产业链", FactKind.Set),
        new(Scale, "企业规模", FactKind.Code),
        new(Tags, "企业称号", FactKind.Set),
        new(Revenue, "上年度营业收入", FactKind.Number, "万元"),
        new(Output, "上年度工业总产值", FactKind.Number, "万元"),
        new(Tax, "上年度实缴税金", FactKind.Number, "万元"),
        new(RnD, "上年度研发费用", FactKind.Number, "万元"),
        new(RnDRatio, "上年度研发费用占营业收入比重", FactKind.Number, "%"),
        new(RevenueGrowth, "上年度营业收入增速", FactKind.Number, "%"),
        new(Employees, "从业人员", FactKind.Number, "人"),
        new(AboveScaleYear, "纳入规上年份", FactKind.Number, "年"),
    ];

    private static readonly Dictionary<string, FactDefinition> ByKey = All.ToDictionary(f => f.Key);

    public static FactDefinition? Find(string key) => ByKey.GetValueOrDefault(key);
}

/// <summary>One firm's facts as the engine sees them: codes, sets and figures (null figures are unknown).</summary>
public sealed record FirmFacts(int EnterpriseId, string Name, string CountyCode, string IndustryCode, EnterpriseScale Scale,
    IReadOnlySet<string> Chains, IReadOnlySet<string> Tags, IReadOnlyDictionary<string, decimal?> Numbers)
{
    public string? Code(string fact) => fact switch
    {
        FactCatalog.Region => CountyCode,
        FactCatalog.Industry => IndustryCode,
        FactCatalog.Scale => Scale.ToString(),
        _ => null,
    };

    public IReadOnlySet<string>? Set(string fact) => fact switch
    {
        FactCatalog.Chain => Chains,
        FactCatalog.Tags => Tags,
        _ => null,
    };

    public decimal? Number(string fact) => Numbers.GetValueOrDefault(fact);
}
