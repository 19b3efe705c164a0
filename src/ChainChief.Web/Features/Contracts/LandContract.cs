using ChainChief.Web.Data;

namespace ChainChief.Web.Features.Contracts;

/// <summary>
/// A 标准地 contract (DOMAIN §6): the indicators the investor agreed for the land, the milestone dates, and the
/// per-contract penalty parameters a shortfall is charged with. One per project. Money in 万元, land in 亩.
/// </summary>
public sealed class LandContract : IAudited, IVersioned, IStamped
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    /// <summary>出让合同 / 投资协议 number.</summary>
    public string ContractNo { get; set; } = "";
    public DateOnly SignedOn { get; set; }
    public decimal LandAreaMu { get; set; }

    /// <summary>固定资产投资强度, 万元/亩.</summary>
    public decimal InvestmentIntensity { get; set; }
    /// <summary>容积率.</summary>
    public decimal FloorAreaRatio { get; set; }
    /// <summary>亩均税收 at full production, 万元/亩·年.</summary>
    public decimal TaxPerMu { get; set; }
    /// <summary>亩均产值 at full production, 万元/亩·年.</summary>
    public decimal OutputPerMu { get; set; }
    /// <summary>单位产值能耗 (吨标准煤/万元), when agreed.</summary>
    public decimal? EnergyPerOutput { get; set; }
    /// <summary>单位产值排放 (吨/万元), when agreed.</summary>
    public decimal? EmissionsPerOutput { get; set; }
    /// <summary>研发投入强度 (% of revenue), when agreed.</summary>
    public decimal? RdIntensity { get; set; }

    public DateOnly StartBy { get; set; }
    public DateOnly CompleteBy { get; set; }
    public DateOnly FullProductionBy { get; set; }

    /// <summary>A shortfall up to this share of the agreed value is tolerated (0.05 = 5%): noted, not a breach.</summary>
    public decimal Tolerance { get; set; } = 0.05m;
    /// <summary>违约金 for an investment-intensity breach: shortfall (万元/亩) × area (亩) × this rate.</summary>
    public decimal InvestmentPenaltyRate { get; set; }
    /// <summary>违约金 for a per-mu tax breach: shortfall (万元/亩) × area (亩) × this rate.</summary>
    public decimal TaxPenaltyRate { get; set; } = 1m;
    /// <summary>The most one check may charge (万元); null = no cap.</summary>
    public decimal? PenaltyCap { get; set; }

    public int Version { get; private set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    string IAudited.AuditSubjectType => "Project";
    int IAudited.AuditSubjectId => ProjectId;
}
