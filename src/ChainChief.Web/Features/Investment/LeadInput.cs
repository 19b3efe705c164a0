using System.ComponentModel.DataAnnotations;

namespace ChainChief.Web.Features.Investment;

/// <summary>A lead as the form or the API sends it (new or edited). Money in 万元.</summary>
public sealed class LeadInput
{
    [StringLength(200, ErrorMessage = "线索标题不超过200个字")]
    public string Title { get; set; } = "";
    public int? TargetFirmId { get; set; }
    /// <summary>The investor; taken from the target firm when one is given.</summary>
    [StringLength(200, ErrorMessage = "企业名称不超过200个字")]
    public string? FirmName { get; set; }
    public int? ChainId { get; set; }
    public int? NodeId { get; set; }
    /// <summary>Where it would land: a county, or the city while undecided. Empty = the user's own region.</summary>
    public string? RegionCode { get; set; }
    [StringLength(100, ErrorMessage = "责任领导不超过100个字")]
    public string ResponsibleLeader { get; set; } = "";
    /// <summary>The officer working it; empty = the user.</summary>
    public string? OwnerId { get; set; }
    public decimal? EstimatedInvestment { get; set; }
    [StringLength(100, ErrorMessage = "来源不超过100个字")]
    public string? Source { get; set; }
    [StringLength(500, ErrorMessage = "下一步工作不超过500个字")]
    public string? NextStep { get; set; }
    public DateOnly? NextStepOn { get; set; }
    public int Version { get; set; }
}
