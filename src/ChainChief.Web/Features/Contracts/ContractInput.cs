using System.ComponentModel.DataAnnotations;

namespace ChainChief.Web.Features.Contracts;

/// <summary>A 标准地 contract as the form or the API sends it.</summary>
public sealed class ContractInput
{
    [StringLength(50, ErrorMessage = "合同编号不超过50个字")]
    public string ContractNo { get; set; } = "";
    public DateOnly? SignedOn { get; set; }
    public decimal LandAreaMu { get; set; }
    public decimal InvestmentIntensity { get; set; }
    public decimal FloorAreaRatio { get; set; }
    public decimal TaxPerMu { get; set; }
    public decimal OutputPerMu { get; set; }
    public decimal? EnergyPerOutput { get; set; }
    public decimal? EmissionsPerOutput { get; set; }
    public decimal? RdIntensity { get; set; }
    public DateOnly? StartBy { get; set; }
    public DateOnly? CompleteBy { get; set; }
    public DateOnly? FullProductionBy { get; set; }
    public decimal Tolerance { get; set; } = 0.05m;
    public decimal InvestmentPenaltyRate { get; set; }
    public decimal TaxPenaltyRate { get; set; } = 1m;
    public decimal? PenaltyCap { get; set; }
    public int Version { get; set; }
}
