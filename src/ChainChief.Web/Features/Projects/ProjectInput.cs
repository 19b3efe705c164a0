using System.ComponentModel.DataAnnotations;

namespace ChainChief.Web.Features.Projects;

/// <summary>A project as the form or the API sends it. Money in 万元, land in 亩.</summary>
public sealed class ProjectInput
{
    [StringLength(200, ErrorMessage = "项目名称不超过200个字")]
    public string Name { get; set; } = "";
    [StringLength(200, ErrorMessage = "投资方不超过200个字")]
    public string InvestorName { get; set; } = "";
    public int? EnterpriseId { get; set; }
    public bool IsConfidential { get; set; }
    [StringLength(50, ErrorMessage = "项目代号不超过50个字")]
    public string? CodeName { get; set; }
    public int? ChainId { get; set; }
    public int? NodeId { get; set; }
    public ChainAction Action { get; set; } = ChainAction.Fill;
    public string CountyCode { get; set; } = "";
    [StringLength(100, ErrorMessage = "承载园区不超过100个字")]
    public string? HostPark { get; set; }
    [StringLength(50, ErrorMessage = "地块编号不超过50个字")]
    public string? LandParcel { get; set; }
    public decimal? LandAreaMu { get; set; }
    public decimal TotalInvestment { get; set; }
    public decimal FixedAssetInvestment { get; set; }
    [StringLength(100, ErrorMessage = "责任领导不超过100个字")]
    public string? ResponsibleLeader { get; set; }
    [StringLength(2000, ErrorMessage = "备注不超过2000个字")]
    public string? Notes { get; set; }

    /// <summary>On creation only: the stage the project has already reached, with the dates of each stage passed.</summary>
    public ProjectStage Stage { get; set; } = ProjectStage.Planning;
    public DateOnly? SignedOn { get; set; }
    public DateOnly? StartedOn { get; set; }
    public DateOnly? OperatingOn { get; set; }
    public DateOnly? FullProductionOn { get; set; }

    public int Version { get; set; }
}
