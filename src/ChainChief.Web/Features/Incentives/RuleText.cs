using System.Globalization;

namespace ChainChief.Web.Features.Incentives;

/// <summary>
/// A policy's rule and formula in words (pure), for the policy page, the firm portal and the export: one line per
/// condition, indented under its group ("同时满足以下全部条件", "满足以下任一条件", "不属于以下情形").
/// </summary>
public static class RuleText
{
    private static readonly Dictionary<string, string> Comparisons = new()
    {
        ["ge"] = "不低于", ["gt"] = "高于", ["le"] = "不超过", ["lt"] = "低于", ["eq"] = "等于",
    };

    public static IReadOnlyList<string> Lines(PolicyRule rule, IReadOnlyList<PolicyParameter> parameters, PolicyNames names)
    {
        var lines = new List<string>();
        Write(rule, 0, lines, parameters, names);
        return lines;
    }

    private static void Write(PolicyRule rule, int depth, List<string> lines, IReadOnlyList<PolicyParameter> parameters, PolicyNames names)
    {
        var indent = new string('　', depth);
        switch (rule.Kind)
        {
            case PolicyRule.AllOf or PolicyRule.AnyOf or PolicyRule.Negate:
                if (rule.Children.Count == 0)
                {
                    lines.Add(indent + "不限条件（所辖地区内的在营企业）");
                    return;
                }
                lines.Add(indent + (rule.Kind switch { PolicyRule.AllOf => "同时满足以下全部条件：", PolicyRule.AnyOf => "满足以下任一条件：", _ => "不属于以下情形：" }));
                foreach (var child in rule.Children)
                {
                    Write(child, depth + 1, lines, parameters, names);
                }
                return;
        }
        lines.Add(indent + "• " + Condition(rule, parameters, names));
    }

    public static string Condition(PolicyRule rule, IReadOnlyList<PolicyParameter> parameters, PolicyNames names)
    {
        var fact = FactCatalog.Find(rule.Fact ?? "");
        if (fact is null)
        {
            return $"未知条件“{rule.Fact}”";
        }
        var values = string.Join("、", rule.Values.Select(v => names.Name(fact.Key, v)));
        return fact.Kind switch
        {
            FactKind.Code => $"{fact.Label}属于{values}",
            FactKind.Set => $"{fact.Label}有{values}{(rule.Values.Count > 1 ? "之一" : "")}",
            _ => $"{fact.Label}{Comparisons.GetValueOrDefault(rule.Op ?? "", rule.Op ?? "")}{Figure(rule, fact, parameters)}",
        };
    }

    private static string Figure(PolicyRule rule, FactDefinition fact, IReadOnlyList<PolicyParameter> parameters)
    {
        if (rule.Number is { } n)
        {
            return RuleEngine.Amount(n, fact);
        }
        var p = parameters.FirstOrDefault(x => x.Name == rule.Parameter);
        return p is null ? $"“{rule.Parameter}”" : $"“{p.Name}”（{string.Join("；", p.Values.OrderBy(v => v.From).Select(v => $"{v.From:yyyy-MM-dd}起{RuleEngine.Amount(v.Value, fact)}"))}）";
    }

    public static string Formula(BenefitFormula f, PolicyNames names)
    {
        var fact = f.Fact is { } key ? FactCatalog.Find(key) : null;
        var label = fact?.Label ?? "";
        var cap = f.Cap is { } c ? $"，最高{Money(c)}" : "";
        return f.Kind switch
        {
            BenefitKind.Percentage => $"按{label}的 {Percent(f.Rate ?? 0)} 计{cap}",
            BenefitKind.Milestones => string.Join("；", f.Steps.OrderBy(s => s.From).Select(s => $"{label}首次突破{Money(s.From)}奖励{Money(s.Amount ?? 0)}")) + "（每档只奖一次）",
            BenefitKind.Tiers => string.Join("；", f.Steps.OrderBy(s => s.From).Select(s => $"{label}{Money(s.From)}以上" + (s.Amount is { } a ? $"奖励{Money(a)}" : $"按 {Percent(s.Rate ?? 0)} 计"))) + cap,
            BenefitKind.PerTitle => string.Join("；", f.Titles.Select(t => $"{names.Name(FactCatalog.Tags, t.Tag)}奖励{Money(t.Amount)}")) + "（可累加）",
            BenefitKind.PerUnit => $"{label}每{fact?.Unit}{Money(f.Amount ?? 0)}{cap}",
            _ => f.Amount is > 0 ? $"定额{Money(f.Amount.Value)}" : "不涉及资金（服务或待遇类政策）",
        };
    }

    private static string Money(decimal amount) => $" {amount.ToString("0.##", CultureInfo.InvariantCulture)} 万元";

    private static string Percent(decimal rate) => $"{(rate * 100).ToString("0.##", CultureInfo.InvariantCulture)}%";
}
