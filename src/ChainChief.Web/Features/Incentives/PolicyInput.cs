namespace ChainChief.Web.Features.Incentives;

/// <summary>
/// A policy as officials write it in the form, and as it is exported and imported as JSON (the version is ignored on
/// import). Money in 万元, rates as fractions (0.05 = 5%).
/// </summary>
public sealed class PolicyInput
{
    public string Title { get; set; } = "";
    public string Issuer { get; set; } = "";
    public string DocumentNo { get; set; } = "";
    /// <summary>The issuing government's division code; empty = the actor's own region.</summary>
    public string RegionCode { get; set; } = "";
    public DateOnly? EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public string Summary { get; set; } = "";
    public PolicyMode Mode { get; set; }
    /// <summary>快申快享: working days to decide an application (1–60).</summary>
    public int? DecisionDays { get; set; }
    public string? Contact { get; set; }
    public PolicyRule Rule { get; set; } = PolicyRule.All();
    public BenefitFormula Formula { get; set; } = new() { Kind = BenefitKind.Flat };
    public List<PolicyParameter> Parameters { get; set; } = [];
    /// <summary>修订说明, kept with the revision this save makes.</summary>
    public string? ChangeNote { get; set; }
    /// <summary>The version read, when editing; a stale one is a 409.</summary>
    public int? Version { get; set; }
}
