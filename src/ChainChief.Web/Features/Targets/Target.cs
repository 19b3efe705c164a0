using ChainChief.Web.Data;
using ChainChief.Web.Features.Statistics;

namespace ChainChief.Web.Features.Targets;

public enum TargetScope
{
    City,
    County,
    Chain,
}

public enum TargetKind
{
    /// <summary>A value to reach in the end year (e.g. 工业总产值 300亿元); years in between follow the CAGR from the base.</summary>
    Value,
    /// <summary>A growth rate on last year's actual (e.g. 营业收入增长 8%).</summary>
    Growth,
}

/// <summary>
/// An annual or multi-year target for a city, county or chain on one metric (DOMAIN §5). Multi-year value targets
/// are spread over the years by the compound annual growth rate from <see cref="BaseValue"/> in the year before
/// <see cref="StartYear"/>.
/// </summary>
public sealed class Target : IAudited, IVersioned, IStamped
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public TargetScope Scope { get; set; }
    /// <summary>The city or county division code (for a chain target, the chain's region).</summary>
    public string RegionCode { get; set; } = "";
    public int? ChainId { get; set; }
    public Metric Metric { get; set; }
    public TargetKind Kind { get; set; }
    public int StartYear { get; set; }
    /// <summary>Equal to <see cref="StartYear"/> for an annual target.</summary>
    public int EndYear { get; set; }
    /// <summary>Value targets: the end year's value (万元 …). Growth targets: the rate as a fraction (0.08).</summary>
    public decimal TargetValue { get; set; }
    /// <summary>Multi-year value targets: the actual of the year before <see cref="StartYear"/>; null = taken from statistics.</summary>
    public decimal? BaseValue { get; set; }
    public string? Source { get; set; }
    public int Version { get; private set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    string IAudited.AuditSubjectType => nameof(Target);
    int IAudited.AuditSubjectId => Id;
}
