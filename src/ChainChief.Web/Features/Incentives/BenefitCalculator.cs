using System.Globalization;

namespace ChainChief.Web.Features.Incentives;

/// <summary>
/// Computes what a firm gets under a formula (pure), with a sentence saying how. Milestones already paid to the firm
/// (under any version of the policy) are passed in and never paid again; the ones newly crossed come back so the
/// award records them.
/// </summary>
public static class BenefitCalculator
{
    public sealed record Result(decimal Amount, string Explanation, IReadOnlyList<decimal> MilestonesReached);

    public static Result Compute(BenefitFormula formula, FirmFacts firm, IReadOnlySet<decimal> milestonesPaid, RuleEngine.CodeNamer? names = null)
    {
        names ??= (_, code) => code;
        var fact = formula.Fact is { } key ? FactCatalog.Find(key) : null;
        var value = fact is null ? null : firm.Number(fact.Key);
        string Figure() => fact is null ? "" : $"{fact.Label}{RuleEngine.Amount(value ?? 0, fact)}";
        if (fact is not null && value is null && formula.Kind is not (BenefitKind.PerTitle or BenefitKind.Flat))
        {
            return new Result(0, $"{fact.Label}无数据，无法计算", []);
        }
        switch (formula.Kind)
        {
            case BenefitKind.Percentage:
            {
                var raw = value!.Value * (formula.Rate ?? 0);
                return Capped(raw, formula.Cap, $"{Figure()} × {Percent(formula.Rate ?? 0)} ={Money(raw)}");
            }
            case BenefitKind.Tiers:
            {
                var tier = formula.Steps.Where(s => s.From <= value!.Value).OrderBy(s => s.From).LastOrDefault();
                if (tier is null)
                {
                    return new Result(0, $"{Figure()}，未达到最低档{Money(formula.Steps.Min(s => s.From))}", []);
                }
                var raw = tier.Amount ?? value!.Value * (tier.Rate ?? 0);
                return Capped(raw, formula.Cap, $"{Figure()}，在{Money(tier.From)}以上档，" + (tier.Amount is null ? $"按 {Percent(tier.Rate ?? 0)} 计 {Money(raw)}" : $"奖励{Money(raw)}"));
            }
            case BenefitKind.Milestones:
            {
                var crossed = formula.Steps.Where(s => s.From <= value!.Value).OrderBy(s => s.From).ToList();
                var fresh = crossed.Where(s => !milestonesPaid.Contains(s.From)).ToList();
                var paidBefore = crossed.Where(s => milestonesPaid.Contains(s.From)).Select(s => Money(s.From).Trim()).ToList();
                var amount = fresh.Sum(s => s.Amount ?? 0);
                var text = fresh.Count > 0 ? $"{Figure()}，首次突破 {string.Join("、", fresh.Select(s => Money(s.From).Trim()))}，奖励{Money(amount)}"
                    : crossed.Count > 0 ? $"{Figure()}，突破的 {string.Join("、", paidBefore)}档已奖励过，不再重复奖励"
                    : $"{Figure()}，未突破{Money(formula.Steps.Min(s => s.From))}";
                if (fresh.Count > 0 && paidBefore.Count > 0)
                {
                    text += $"（{string.Join("、", paidBefore)}档已奖励过）";
                }
                return new Result(amount, text, [.. fresh.Select(s => s.From)]);
            }
            case BenefitKind.PerTitle:
            {
                var held = formula.Titles.Where(t => firm.Tags.Contains(t.Tag)).ToList();
                var amount = held.Sum(t => t.Amount);
                return new Result(amount, held.Count == 0 ? "未获得所列称号或奖项" : string.Join("；", held.Select(t => $"{names(FactCatalog.Tags, t.Tag)}{Money(t.Amount)}")) + (held.Count > 1 ? $"，合计{Money(amount)}" : ""), []);
            }
            case BenefitKind.PerUnit:
            {
                var raw = value!.Value * (formula.Amount ?? 0);
                return Capped(raw, formula.Cap, $"{Figure()} × 每{fact!.Unit}{Money(formula.Amount ?? 0)} ={Money(raw)}");
            }
            default:
                return new Result(formula.Amount ?? 0, $"定额{Money(formula.Amount ?? 0)}", []);
        }
    }

    private static Result Capped(decimal raw, decimal? cap, string text) =>
        cap is { } c && raw > c ? new Result(c, $"{text}，超过上限，按{Money(c)}计", []) : new Result(Math.Round(raw, 2), text, []);

    /// <summary>" 60 万元".</summary>
    private static string Money(decimal amount) => $" {Math.Round(amount, 2).ToString("0.##", CultureInfo.InvariantCulture)} 万元";

    private static string Percent(decimal rate) => $"{(rate * 100).ToString("0.##", CultureInfo.InvariantCulture)}%";
}
