using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;

namespace ChainChief.Web.Features.Cultivation;

/// <summary>
/// A firm's 培育档案: the facts the tier checks need that monthly statistics do not carry, as the firm or its officer
/// declares them. One per enterprise; null fields are not declared. Shares in %, money in 万元.
/// </summary>
public sealed class GrowthProfile : IAudited, IVersioned, IStamped
{
    public int Id { get; set; }
    public int EnterpriseId { get; set; }
    /// <summary>从事特定细分市场（主营业务）年限.</summary>
    public int? NicheYears { get; set; }
    /// <summary>主营业务收入占营业收入比重.</summary>
    public decimal? MainBusinessShare { get; set; }
    /// <summary>资产负债率.</summary>
    public decimal? DebtRatio { get; set; }
    public MainProductIp? MainProductIp { get; set; }
    /// <summary>主导产品属于《战略性新兴产业分类》.</summary>
    public bool? StrategicEmerging { get; set; }
    /// <summary>与主导产品相关的Ⅰ类知识产权（发明专利等）项数.</summary>
    public int? ClassOneIp { get; set; }
    /// <summary>Ⅱ类知识产权（实用新型、外观设计、软件著作权等）项数.</summary>
    public int? ClassTwoIp { get; set; }
    /// <summary>近2年新增股权融资（合格机构投资者实缴）.</summary>
    public decimal? EquityTwoYears { get; set; }
    /// <summary>近3年新增股权融资.</summary>
    public decimal? EquityThreeYears { get; set; }
    public int? TotalStaff { get; set; }
    /// <summary>科技人员 (高新技术企业 counts them against all staff).</summary>
    public int? TechStaff { get; set; }
    /// <summary>研发人员.</summary>
    public int? RndStaff { get; set; }
    /// <summary>高新技术产品（服务）收入占总收入比重.</summary>
    public decimal? HighTechIncomeShare { get; set; }
    /// <summary>主导产品全国细分市场占有率.</summary>
    public decimal? MarketShare { get; set; }
    /// <summary>专精特新评价自评得分 from the 梯度培育平台 (the 13-indicator table is provincial).</summary>
    public int? SpecializedScore { get; set; }
    public string? Note { get; set; }

    public int Version { get; private set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    string IAudited.AuditSubjectType => nameof(Enterprise);
    int IAudited.AuditSubjectId => EnterpriseId;

    public DeclaredFacts ToFacts() => new()
    {
        NicheYears = NicheYears, MainBusinessShare = MainBusinessShare, DebtRatio = DebtRatio, MainProductIp = MainProductIp, StrategicEmerging = StrategicEmerging,
        ClassOneIp = ClassOneIp, ClassTwoIp = ClassTwoIp, EquityTwoYears = EquityTwoYears, EquityThreeYears = EquityThreeYears, TotalStaff = TotalStaff,
        TechStaff = TechStaff, RndStaff = RndStaff, HighTechIncomeShare = HighTechIncomeShare, MarketShare = MarketShare, SpecializedScore = SpecializedScore,
    };
}
