using ChainChief.Web.Data;

namespace ChainChief.Web.Features.Chains;

/// <summary>
/// A key industrial chain (产业链) or sub-chain (子链) a city promotes, with its organisation (DOMAIN §2) and the
/// thresholds its map health is computed with (DOMAIN §3). The organisation is edited as one form, so the chain
/// carries the concurrency token for all of it.
/// </summary>
public sealed class Chain : IAudited, IVersioned, IStamped
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>The parent chain of a sub-chain.</summary>
    public int? ParentId { get; set; }
    /// <summary>Division code of the government that runs the chain (a city "6109" or a county).</summary>
    public string RegionCode { get; set; } = "";
    public int SortOrder { get; set; }
    public string? Description { get; set; }
    /// <summary>执行链长部门: runs the chain's daily work.</summary>
    public int? ExecutiveDepartmentId { get; set; }
    public ChainHealthSettings Health { get; set; } = new();
    public int Version { get; private set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    public List<ChainMember> Members { get; private set; } = [];
    public List<ChainDepartment> ResponsibleDepartments { get; private set; } = [];
    public List<ChainParty> Parties { get; private set; } = [];

    string IAudited.AuditSubjectType => nameof(Chain);
    int IAudited.AuditSubjectId => Id;
}

/// <summary>A firm's membership of a chain (the registry's chain filter); attaching it to a map node implies it.</summary>
public sealed class EnterpriseChain
{
    public int EnterpriseId { get; set; }
    public int ChainId { get; set; }
}

/// <summary>
/// Per-chain thresholds of the node-state computation (DOMAIN §3). Revenue thresholds apply once monthly statistics
/// give node revenue; until then only firm facts decide.
/// </summary>
public sealed class ChainHealthSettings
{
    /// <summary>断点 look-back: a node that had an operating firm within this many months and has none now is broken.</summary>
    public int LookbackMonths { get; set; } = 24;
    /// <summary>薄弱点 when the node's revenue over the last 12 months is below this (万元); null = not used.</summary>
    public decimal? WeakRevenueBelow { get; set; }
    /// <summary>优势 when the node's share of the chain's revenue reaches this fraction (0.2 = 20%); null = not used.</summary>
    public decimal? StrongRevenueShare { get; set; } = 0.2m;
    /// <summary>Weight of a key node (关键环节) in 本地配套率; other nodes weigh 1.</summary>
    public decimal KeyNodeWeight { get; set; } = 2m;
}
