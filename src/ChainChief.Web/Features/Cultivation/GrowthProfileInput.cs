using ChainChief.Web.Infrastructure;

namespace ChainChief.Web.Features.Cultivation;

/// <summary>A growth profile as the form or the API sends it (null = not declared). Shares in %, money in 万元.</summary>
public sealed class GrowthProfileInput
{
    public int? NicheYears { get; set; }
    public decimal? MainBusinessShare { get; set; }
    public decimal? DebtRatio { get; set; }
    public MainProductIp? MainProductIp { get; set; }
    public bool? StrategicEmerging { get; set; }
    public int? ClassOneIp { get; set; }
    public int? ClassTwoIp { get; set; }
    public decimal? EquityTwoYears { get; set; }
    public decimal? EquityThreeYears { get; set; }
    public int? TotalStaff { get; set; }
    public int? TechStaff { get; set; }
    public int? RndStaff { get; set; }
    public decimal? HighTechIncomeShare { get; set; }
    public decimal? MarketShare { get; set; }
    public int? SpecializedScore { get; set; }
    public string? Note { get; set; }
    /// <summary>The version read with the profile (0 for a new one); a stale one is refused.</summary>
    public int Version { get; set; }

    public static GrowthProfileInput From(GrowthProfile? p) => p is null ? new() : new()
    {
        NicheYears = p.NicheYears, MainBusinessShare = p.MainBusinessShare, DebtRatio = p.DebtRatio, MainProductIp = p.MainProductIp, StrategicEmerging = p.StrategicEmerging,
        ClassOneIp = p.ClassOneIp, ClassTwoIp = p.ClassTwoIp, EquityTwoYears = p.EquityTwoYears, EquityThreeYears = p.EquityThreeYears, TotalStaff = p.TotalStaff,
        TechStaff = p.TechStaff, RndStaff = p.RndStaff, HighTechIncomeShare = p.HighTechIncomeShare, MarketShare = p.MarketShare, SpecializedScore = p.SpecializedScore,
        Note = p.Note, Version = p.Version,
    };

    internal void ApplyTo(GrowthProfile p)
    {
        (p.NicheYears, p.MainBusinessShare, p.DebtRatio, p.MainProductIp, p.StrategicEmerging) = (NicheYears, MainBusinessShare, DebtRatio, MainProductIp, StrategicEmerging);
        (p.ClassOneIp, p.ClassTwoIp, p.EquityTwoYears, p.EquityThreeYears, p.TotalStaff) = (ClassOneIp, ClassTwoIp, EquityTwoYears, EquityThreeYears, TotalStaff);
        (p.TechStaff, p.RndStaff, p.HighTechIncomeShare, p.MarketShare, p.SpecializedScore) = (TechStaff, RndStaff, HighTechIncomeShare, MarketShare, SpecializedScore);
        p.Note = Note.TrimToNull();
    }
}
