namespace ChainChief.Web.Features.Incentives;

/// <summary>
/// A policy's audience as data (stored and exchanged as JSON, built in a form): "all", "any" and "not" combine
/// children; "cond" compares one fact. A figure comes from <see cref="Number"/> or from a dated policy parameter
/// (<see cref="Parameter"/>), so a threshold can change on a date without rewriting the rule.
/// </summary>
public sealed class PolicyRule
{
    public const string AllOf = "all";
    public const string AnyOf = "any";
    public const string Negate = "not";
    public const string Condition = "cond";

    public string Kind { get; set; } = Condition;
    public List<PolicyRule> Children { get; set; } = [];
    /// <summary>A key of <see cref="FactCatalog"/>.</summary>
    public string? Fact { get; set; }
    /// <summary>ge, gt, le, lt, eq for figures; in for codes (prefix match); has for sets.</summary>
    public string? Op { get; set; }
    public decimal? Number { get; set; }
    public string? Parameter { get; set; }
    public List<string> Values { get; set; } = [];

    public static PolicyRule All(params PolicyRule[] children) => new() { Kind = AllOf, Children = [.. children] };

    public static PolicyRule Any(params PolicyRule[] children) => new() { Kind = AnyOf, Children = [.. children] };

    public static PolicyRule Not(PolicyRule child) => new() { Kind = Negate, Children = [child] };

    public static PolicyRule Compare(string fact, string op, decimal number) => new() { Fact = fact, Op = op, Number = number };

    public static PolicyRule CompareTo(string fact, string op, string parameter) => new() { Fact = fact, Op = op, Parameter = parameter };

    public static PolicyRule In(string fact, params string[] values) => new() { Fact = fact, Op = fact is FactCatalog.Chain or FactCatalog.Tags ? "has" : "in", Values = [.. values] };
}

/// <summary>A named policy parameter whose value changes on dates (门槛 raised from next year, say).</summary>
public sealed class PolicyParameter
{
    public string Name { get; set; } = "";
    public List<DatedValue> Values { get; set; } = [];

    /// <summary>The value in force on a day: the latest one from on or before it; null before the first.</summary>
    public decimal? On(DateOnly day)
    {
        DatedValue? current = null;
        foreach (var v in Values)
        {
            if (v.From <= day && (current is null || v.From >= current.From))
            {
                current = v;
            }
        }
        return current?.Value;
    }
}

public sealed record DatedValue(DateOnly From, decimal Value);
