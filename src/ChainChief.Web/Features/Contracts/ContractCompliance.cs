namespace ChainChief.Web.Features.Contracts;

/// <summary>竣工验收 checks investment intensity and floor-area ratio; 达产复核 checks per-mu tax and output.</summary>
public enum CheckKind
{
    Completion,
    FullProduction,
}

public enum CheckOutcome
{
    Pass,
    /// <summary>Short, but within the contract's tolerance: noted, no case.</summary>
    WithinTolerance,
    Breach,
}

public enum Indicator
{
    InvestmentIntensity,
    FloorAreaRatio,
    TaxPerMu,
    OutputPerMu,
}

/// <summary>
/// Compares a contract's agreed indicators with measured values (pure, so every case can be computed by hand).
/// Shortfall = agreed − measured (never below 0). A shortfall within the tolerance share of the agreed value passes with
/// a note; beyond it is a breach. Money is charged only for breached investment intensity and per-mu tax:
/// penalty = Σ shortfall × area × the indicator's rate, capped at the contract's cap. Output and floor-area breaches
/// lead to rectification without a charge.
/// </summary>
public static class ContractCompliance
{
    public sealed record Line(Indicator Indicator, decimal Agreed, decimal Measured, decimal Shortfall, decimal ShortfallShare, CheckOutcome Outcome, decimal Penalty);

    public sealed record Result(CheckOutcome Outcome, IReadOnlyList<Line> Lines, decimal Penalty, bool Capped);

    public static IReadOnlyList<Indicator> IndicatorsOf(CheckKind kind) => kind == CheckKind.Completion
        ? [Indicator.InvestmentIntensity, Indicator.FloorAreaRatio]
        : [Indicator.TaxPerMu, Indicator.OutputPerMu];

    public static decimal Agreed(LandContract c, Indicator i) => i switch
    {
        Indicator.InvestmentIntensity => c.InvestmentIntensity,
        Indicator.FloorAreaRatio => c.FloorAreaRatio,
        Indicator.TaxPerMu => c.TaxPerMu,
        _ => c.OutputPerMu,
    };

    public static Result Evaluate(LandContract contract, CheckKind kind, IReadOnlyDictionary<Indicator, decimal> measured)
    {
        var lines = new List<Line>();
        foreach (var indicator in IndicatorsOf(kind))
        {
            var agreed = Agreed(contract, indicator);
            var value = measured[indicator];
            var shortfall = Math.Max(0, agreed - value);
            var share = agreed > 0 ? shortfall / agreed : 0;
            var outcome = shortfall == 0 ? CheckOutcome.Pass : share <= contract.Tolerance ? CheckOutcome.WithinTolerance : CheckOutcome.Breach;
            var rate = indicator switch
            {
                Indicator.InvestmentIntensity => contract.InvestmentPenaltyRate,
                Indicator.TaxPerMu => contract.TaxPenaltyRate,
                _ => 0m,
            };
            var penalty = outcome == CheckOutcome.Breach ? Math.Round(shortfall * contract.LandAreaMu * rate, 2) : 0m;
            lines.Add(new Line(indicator, agreed, value, shortfall, Math.Round(share, 4), outcome, penalty));
        }
        var total = lines.Sum(l => l.Penalty);
        var capped = contract.PenaltyCap is { } cap && total > cap;
        return new Result(lines.Max(l => l.Outcome), lines, capped ? contract.PenaltyCap!.Value : total, capped);
    }
}
