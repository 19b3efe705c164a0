using ChainChief.Web.Data;

namespace ChainChief.Web.Features.Investment;

/// <summary>
/// The 链长办's investment rules (one row): when a quiet lead is escalated, and the project sizes (total investment in
/// 万元) that decide its service level (DOMAIN §6: 专班 for the largest, then 专员, else 专人).
/// </summary>
public sealed class InvestmentSettings : IAudited, IVersioned
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    /// <summary>Days without activity before a lead goes to the chain's task force.</summary>
    public int LeadTaskForceDays { get; set; } = 15;
    /// <summary>Days without activity before it goes to the chain chief.</summary>
    public int LeadChiefDays { get; set; } = 30;
    /// <summary>专班 (a dedicated task force) from this total investment (万元; 10亿).</summary>
    public decimal TaskForceFrom { get; set; } = 100_000m;
    /// <summary>专员 (a named commissioner) from this total investment (万元; 1亿); below it 专人.</summary>
    public decimal CommissionerFrom { get; set; } = 10_000m;
    public int Version { get; set; }

    string IAudited.AuditSubjectType => nameof(InvestmentSettings);
    int IAudited.AuditSubjectId => Id;
}
