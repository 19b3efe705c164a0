namespace ChainChief.Web.Features.Incentives;

/// <summary>How a policy's benefit is computed (DOMAIN §8). Amounts in 万元; rates as fractions (0.05 = 5%).</summary>
public enum BenefitKind
{
    /// <summary>A share of a figure, up to a cap: R&amp;D ≥ 1000万 → 5% of R&amp;D, ≤ 500万.</summary>
    Percentage,
    /// <summary>The tier the figure falls in decides a fixed amount or a rate.</summary>
    Tiers,
    /// <summary>Each threshold paid once per firm ever, the first time the figure crosses it: revenue 10亿 / 50亿 / 100亿.</summary>
    Milestones,
    /// <summary>A fixed amount for each title the firm holds: national / provincial S&amp;T award → 100万 / 50万.</summary>
    PerTitle,
    /// <summary>An amount per unit of a figure (per new employee, per 亩), up to a cap.</summary>
    PerUnit,
    /// <summary>One fixed amount.</summary>
    Flat,
}

/// <summary>A policy's benefit formula as data (stored and exchanged as JSON, built in a form).</summary>
public sealed class BenefitFormula
{
    public BenefitKind Kind { get; set; }
    /// <summary>The figure the benefit is computed on (a number fact of <see cref="FactCatalog"/>).</summary>
    public string? Fact { get; set; }
    public decimal? Rate { get; set; }
    public decimal? Cap { get; set; }
    public decimal? Amount { get; set; }
    public List<BenefitStep> Steps { get; set; } = [];
    public List<TitleAmount> Titles { get; set; } = [];
}

/// <summary>A tier (from this figure on: an amount, or a rate of the figure) or a milestone (crossing this figure: an amount).</summary>
public sealed record BenefitStep(decimal From, decimal? Amount, decimal? Rate = null);

public sealed record TitleAmount(string Tag, decimal Amount);
