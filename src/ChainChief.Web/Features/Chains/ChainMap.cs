using ChainChief.Web.Data;

namespace ChainChief.Web.Features.Chains;

/// <summary>上游 / 中游 / 下游.</summary>
public enum ChainSegment
{
    Upstream,
    Midstream,
    Downstream,
}

/// <summary>A firm's role on a node: 链主 / 龙头 / 配套.</summary>
public enum NodeFirmRole
{
    ChainOwner,
    Leading,
    Supporting,
}

/// <summary>A link of the chain map (材料 → 铜材 …). Names are unique within a chain: imports and edges refer to them.</summary>
public sealed class ChainNode : IAudited, IVersioned
{
    public int Id { get; set; }
    public int ChainId { get; set; }
    public int? ParentId { get; set; }
    public string Name { get; set; } = "";
    public ChainSegment Segment { get; set; }
    /// <summary>Key products, free text (主要产品).</summary>
    public string? KeyProducts { get; set; }
    /// <summary>GB/T 4754 codes at any level, comma separated ("3831,3832").</summary>
    public string IndustryCodes { get; set; } = "";
    /// <summary>关键环节: weighs more in 本地配套率.</summary>
    public bool IsKey { get; set; }
    public int SortOrder { get; set; }
    public int Version { get; private set; }

    public IReadOnlyList<string> IndustryCodeList =>
        IndustryCodes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    string IAudited.AuditSubjectType => nameof(Chain);
    int IAudited.AuditSubjectId => ChainId;
}

/// <summary>Supply relation: the supplier node feeds the customer node.</summary>
public sealed class ChainEdge : IAudited
{
    public int Id { get; set; }
    public int ChainId { get; set; }
    public int FromNodeId { get; set; }
    public int ToNodeId { get; set; }

    string IAudited.AuditSubjectType => nameof(Chain);
    int IAudited.AuditSubjectId => ChainId;
}

/// <summary>A local firm placed on a node with its role.</summary>
public sealed class NodeFirm : IAudited
{
    public int Id { get; set; }
    public int ChainId { get; set; }
    public int NodeId { get; set; }
    public int EnterpriseId { get; set; }
    public NodeFirmRole Role { get; set; }

    string IAudited.AuditSubjectType => nameof(Chain);
    int IAudited.AuditSubjectId => ChainId;
}

/// <summary>Computed health of a node (DOMAIN §3). Covered = has above-scale local supply but no leading firm.</summary>
public enum NodeState
{
    /// <summary>空白点: no operating local firm, and none within the look-back window.</summary>
    Blank,
    /// <summary>断点: had operating firms within the look-back window, has none now.</summary>
    Broken,
    /// <summary>薄弱点: firms exist, but none above scale, or node revenue below the threshold.</summary>
    Weak,
    /// <summary>一般: supplied locally above scale, without a leading firm.</summary>
    Covered,
    /// <summary>优势: a chain-owner or leading firm, or a large share of the chain's revenue.</summary>
    Strong,
}
