using ChainChief.Web.Features.Enterprises;

namespace ChainChief.Web.Features.Cultivation;

/// <summary>
/// 与主导产品相关的知识产权, as the 创新型中小企业 table scores it: Ⅰ类高价值 20, self-developed Ⅰ类 15, Ⅰ类 10,
/// Ⅱ类 5, none 0 (research §3.2).
/// </summary>
public enum MainProductIp
{
    None,
    ClassTwo,
    ClassOne,
    ClassOneSelfDeveloped,
    ClassOneHighValue,
}

/// <summary>A statistics year of a firm: 营业收入 and 研发费用 summed over its months (万元).</summary>
public sealed record YearFigures(int Year, decimal Revenue, decimal RnD, int Months)
{
    /// <summary>研发费用占营业收入比重 (%), null without revenue.</summary>
    public decimal? RnDRatio => Revenue > 0 ? Math.Round(RnD / Revenue * 100, 2) : null;
}

/// <summary>What a firm declares in its growth profile (培育档案); null = not declared. Percentages in %, money in 万元.</summary>
public sealed record DeclaredFacts
{
    public int? NicheYears { get; init; }
    public decimal? MainBusinessShare { get; init; }
    public decimal? DebtRatio { get; init; }
    public MainProductIp? MainProductIp { get; init; }
    public bool? StrategicEmerging { get; init; }
    public int? ClassOneIp { get; init; }
    public int? ClassTwoIp { get; init; }
    public decimal? EquityTwoYears { get; init; }
    public decimal? EquityThreeYears { get; init; }
    public int? TotalStaff { get; init; }
    public int? TechStaff { get; init; }
    public int? RndStaff { get; init; }
    public decimal? HighTechIncomeShare { get; init; }
    public decimal? MarketShare { get; init; }
    public int? SpecializedScore { get; init; }
}

/// <summary>
/// Everything the tier checks look at for one firm: registry facts, titles in force today, the last three
/// statistics years (<see cref="LastYear"/> = 上年度) and the declared profile (empty when none was filled in).
/// </summary>
public sealed record LadderFacts
{
    public required int EnterpriseId { get; init; }
    public required DateOnly Today { get; init; }
    public DateOnly? FoundedOn { get; init; }
    public IReadOnlySet<EnterpriseTagKind> Tags { get; init; } = new HashSet<EnterpriseTagKind>();
    /// <summary>The latest grant date of a national or provincial S&amp;T award tag, if any.</summary>
    public DateOnly? LatestScienceAward { get; init; }
    public YearFigures? LastYear { get; init; }
    public YearFigures? YearBefore { get; init; }
    public YearFigures? TwoYearsBefore { get; init; }
    public DeclaredFacts Declared { get; init; } = new();
}
