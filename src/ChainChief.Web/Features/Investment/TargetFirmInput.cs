using System.ComponentModel.DataAnnotations;

namespace ChainChief.Web.Features.Investment;

/// <summary>A target firm as a form or the API sends it. <see cref="Version"/> is the one read (a stale one is a 409).</summary>
public sealed class TargetFirmInput
{
    [StringLength(200, ErrorMessage = "企业名称不超过200个字")]
    public string Name { get; set; } = "";
    /// <summary>Division code of the headquarters (province, city or county).</summary>
    public string HqRegionCode { get; set; } = "";
    /// <summary>GB/T 4754 code of its main business.</summary>
    public string IndustryCode { get; set; } = "";
    public TargetTier Tier { get; set; } = TargetTier.Other;
    public TargetPriority Priority { get; set; } = TargetPriority.Medium;
    [StringLength(100, ErrorMessage = "来源不超过100个字")]
    public string? Source { get; set; }
    public int? ChainId { get; set; }
    /// <summary>Nodes of <see cref="ChainId"/> it would fill.</summary>
    public List<int> NodeIds { get; set; } = [];
    /// <summary>The government keeping it; empty = the chain's, or the user's own region.</summary>
    public string? RegionCode { get; set; }
    [StringLength(200, ErrorMessage = "联系方式不超过200个字")]
    public string? Contact { get; set; }
    [StringLength(2000, ErrorMessage = "备注不超过2000个字")]
    public string? Notes { get; set; }
    public int Version { get; set; }
}
