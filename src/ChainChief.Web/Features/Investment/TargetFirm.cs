using ChainChief.Web.Data;

namespace ChainChief.Web.Features.Investment;

/// <summary>Why a target firm is worth courting (DOMAIN §6): 三类500强 (world, China and private top-500), 央企, listed, 专精特新.</summary>
public enum TargetTier
{
    Top500,
    CentralSoe,
    Listed,
    LittleGiant,
    Other,
}

public enum TargetPriority
{
    High,
    Medium,
    Low,
}

/// <summary>
/// An outside firm worth attracting (目标招商企业库): where it is headquartered, what it makes, and which nodes of a
/// chain it would fill. The library belongs to a government (<see cref="RegionCode"/>), like a chain.
/// </summary>
public sealed class TargetFirm : IAudited, IVersioned, IStamped
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Division code of the headquarters: a province, city or county anywhere in China.</summary>
    public string HqRegionCode { get; set; } = "";
    /// <summary>GB/T 4754 code of its main business (any level).</summary>
    public string IndustryCode { get; set; } = "";
    public TargetTier Tier { get; set; }
    public TargetPriority Priority { get; set; } = TargetPriority.Medium;
    /// <summary>Where the name came from: 链主推荐, 商协会, 展会, 中介机构 …</summary>
    public string? Source { get; set; }
    /// <summary>The chain whose nodes it would fill.</summary>
    public int? ChainId { get; set; }
    /// <summary>The government keeping the library entry (a city "6109" or a county).</summary>
    public string RegionCode { get; set; } = "";
    public string? Contact { get; set; }
    public string? Notes { get; set; }
    public int Version { get; private set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    public List<TargetFirmNode> Nodes { get; private set; } = [];

    string IAudited.AuditSubjectType => nameof(TargetFirm);
    int IAudited.AuditSubjectId => Id;
}

/// <summary>A chain node the target would fill (拟补环节).</summary>
public sealed class TargetFirmNode
{
    public int TargetFirmId { get; set; }
    public int NodeId { get; set; }
}
