using System.Globalization;

namespace ChainChief.Web.Features.Incentives;

/// <summary>
/// Evaluates a policy's rule on one firm (pure). Every condition comes back with the firm's actual value, what the
/// policy asks and, for a figure that falls short, the gap — in a sentence officials and firms read as it stands:
/// "上年度研发费用 820 万元，低于 1000 万元的门槛，差 180 万元".
/// </summary>
public static class RuleEngine
{
    public sealed record Explanation(bool Met, string Text, string? Fact, decimal? Actual, decimal? Required, decimal? Gap, IReadOnlyList<Explanation> Children)
    {
        /// <summary>The conditions under this node, depth first (what a firm's page lists); not serialized, the tree holds them.</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public IEnumerable<Explanation> Conditions => Children.Count == 0 ? [this] : Children.SelectMany(c => c.Conditions);
    }

    /// <summary>Names a code for a reader (a county code → 汉滨区); the default shows the code.</summary>
    public delegate string CodeNamer(string fact, string code);

    /// <summary>
    /// Whether the firm qualifies, without building the explanation: what a matching run over every firm and policy
    /// calls, so only the firms that qualify (or that a page shows) pay for the sentences. Agrees with <see cref="Evaluate"/>.
    /// </summary>
    public static bool Test(PolicyRule rule, FirmFacts firm, IReadOnlyDictionary<string, PolicyParameter> parameters, DateOnly asOf)
    {
        switch (rule.Kind)
        {
            case PolicyRule.AllOf:
                foreach (var child in rule.Children)
                {
                    if (!Test(child, firm, parameters, asOf))
                    {
                        return false;
                    }
                }
                return true;
            case PolicyRule.AnyOf:
                foreach (var child in rule.Children)
                {
                    if (Test(child, firm, parameters, asOf))
                    {
                        return true;
                    }
                }
                return false;
            case PolicyRule.Negate:
                return !Test(rule.Children[0], firm, parameters, asOf);
        }
        var fact = FactOf(rule);
        return fact.Kind switch
        {
            FactKind.Code => CodeMatches(rule, firm.Code(fact.Key) ?? ""),
            FactKind.Set => firm.Set(fact.Key) is { } set && rule.Values.Exists(set.Contains),
            _ => firm.Number(fact.Key) is { } value && Holds(rule.Op, value, RequiredFigure(rule, fact, parameters, asOf)),
        };
    }

    public static Explanation Evaluate(PolicyRule rule, FirmFacts firm, IReadOnlyDictionary<string, PolicyParameter> parameters, DateOnly asOf, CodeNamer? names = null)
    {
        names ??= (_, code) => code;
        switch (rule.Kind)
        {
            case PolicyRule.AllOf:
            {
                var children = rule.Children.Select(c => Evaluate(c, firm, parameters, asOf, names)).ToList();
                var met = children.All(c => c.Met);
                return new Explanation(met, met ? "同时满足以下全部条件" : $"须同时满足以下全部条件，{children.Count(c => !c.Met)}项未满足", null, null, null, null, children);
            }
            case PolicyRule.AnyOf:
            {
                var children = rule.Children.Select(c => Evaluate(c, firm, parameters, asOf, names)).ToList();
                var met = children.Any(c => c.Met);
                return new Explanation(met, met ? "满足以下任一条件" : "以下条件均未满足（满足任一即可）", null, null, null, null, children);
            }
            case PolicyRule.Negate:
            {
                var child = Evaluate(rule.Children.Single(), firm, parameters, asOf, names);
                return new Explanation(!child.Met, child.Met ? $"不应满足：{child.Text}" : $"不属于排除情形：{child.Text}", null, null, null, null, [child]);
            }
            default:
                return Condition(rule, firm, parameters, asOf, names);
        }
    }

    private static Explanation Condition(PolicyRule rule, FirmFacts firm, IReadOnlyDictionary<string, PolicyParameter> parameters, DateOnly asOf, CodeNamer names)
    {
        var fact = FactOf(rule);
        switch (fact.Kind)
        {
            case FactKind.Code:
            {
                var code = firm.Code(fact.Key) ?? "";
                var met = CodeMatches(rule, code);
                var list = string.Join("、", rule.Values.Select(v => names(fact.Key, v)));
                return new Explanation(met, $"{fact.Label} {names(fact.Key, code)}，{(met ? "属于" : "不属于")}{list}", fact.Key, null, null, null, []);
            }
            case FactKind.Set:
            {
                var set = firm.Set(fact.Key) ?? new HashSet<string>();
                var held = rule.Values.Where(set.Contains).ToList();
                var list = string.Join("、", rule.Values.Select(v => names(fact.Key, v)));
                return held.Count > 0
                    ? new Explanation(true, $"{fact.Label}：有{string.Join("、", held.Select(v => names(fact.Key, v)))}", fact.Key, null, null, null, [])
                    : new Explanation(false, $"{fact.Label}：没有{list}{(rule.Values.Count > 1 ? "中的任何一项" : "")}", fact.Key, null, null, null, []);
            }
            default:
                return Compare(rule, fact, firm.Number(fact.Key), parameters, asOf);
        }
    }

    private static Explanation Compare(PolicyRule rule, FactDefinition fact, decimal? actual, IReadOnlyDictionary<string, PolicyParameter> parameters, DateOnly asOf)
    {
        var required = RequiredFigure(rule, fact, parameters, asOf);
        if (actual is not { } value)
        {
            return new Explanation(false, $"{fact.Label}无数据，无法判断是否{Goal(rule.Op, required, fact)}", fact.Key, null, required, null, []);
        }
        var met = Holds(rule.Op, value, required);
        var (text, gap) = (rule.Op, met) switch
        {
            ("ge", true) => ($"达到{Amount(required, fact)}的门槛", (decimal?)null),
            ("ge", false) => ($"低于{Amount(required, fact)}的门槛，差{Amount(required - value, fact)}", required - value),
            ("gt", true) => ($"高于{Amount(required, fact)}", null),
            ("gt", false) => ($"须高于{Amount(required, fact)}，差{Amount(required - value, fact)}以上", required - value),
            ("le", true) => ($"不超过{Amount(required, fact)}的上限", null),
            ("le", false) => ($"超过{Amount(required, fact)}的上限，多{Amount(value - required, fact)}", value - required),
            ("lt", true) => ($"低于{Amount(required, fact)}", null),
            ("lt", false) => ($"须低于{Amount(required, fact)}，多{Amount(value - required, fact)}", value - required),
            (_, true) => ($"等于{Amount(required, fact)}", null),
            _ => ($"须等于{Amount(required, fact)}", Math.Abs(value - required)),
        };
        return new Explanation(met, $"{fact.Label}{Amount(value, fact)}，{text}", fact.Key, value, required, gap, []);
    }

    private static FactDefinition FactOf(PolicyRule rule) =>
        FactCatalog.Find(rule.Fact ?? "") ?? throw new InvalidOperationException($"Unknown fact '{rule.Fact}'.");

    /// <summary>A code is in the list when it starts with one of its entries (a county under its city, a class under its division).</summary>
    private static bool CodeMatches(PolicyRule rule, string code) => rule.Values.Exists(v => code.StartsWith(v, StringComparison.Ordinal));

    /// <summary>The figure a condition asks for: its own number, or its parameter's value in force on the day.</summary>
    private static decimal RequiredFigure(PolicyRule rule, FactDefinition fact, IReadOnlyDictionary<string, PolicyParameter> parameters, DateOnly asOf) =>
        rule.Number ?? (rule.Parameter is { } p && parameters.TryGetValue(p, out var parameter) ? parameter.On(asOf) : null)
        ?? throw new InvalidOperationException($"Condition on '{fact.Key}' has no figure on {asOf}.");

    private static bool Holds(string? op, decimal value, decimal required) => op switch
    {
        "ge" => value >= required,
        "gt" => value > required,
        "le" => value <= required,
        "lt" => value < required,
        "eq" => value == required,
        _ => throw new InvalidOperationException($"Unknown comparison '{op}'."),
    };

    private static string Goal(string? op, decimal required, FactDefinition fact) => op switch
    {
        "ge" => $"达到{Amount(required, fact)}",
        "gt" => $"高于{Amount(required, fact)}",
        "le" => $"不超过{Amount(required, fact)}",
        "lt" => $"低于{Amount(required, fact)}",
        _ => $"等于{Amount(required, fact)}",
    };

    /// <summary>" 820 万元", " 5.2%", " 36 人": a figure with the space Chinese text puts before it and its unit.</summary>
    public static string Amount(decimal value, FactDefinition fact) =>
        fact.Unit == "%" ? $" {value.ToString("0.##", CultureInfo.InvariantCulture)}%" : $" {value.ToString("0.##", CultureInfo.InvariantCulture)} {fact.Unit}".TrimEnd();
}
