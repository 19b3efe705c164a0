using ChainChief.Web.Infrastructure.Errors;

namespace ChainChief.Web.Features.Incentives;

/// <summary>
/// The shape of a policy definition (pure): every field officials must fill, a rule tree the engine can evaluate, a
/// formula with what its kind needs. Messages name the place ("条件1.2") so the form can point at it; codes that need
/// reference data or the database (regions, industries, chains) are checked by the caller.
/// </summary>
public static class PolicyCheck
{
    public const int MaxDecisionDays = 60;
    private static readonly HashSet<string> FigureOps = ["ge", "gt", "le", "lt", "eq"];

    public static Dictionary<string, string[]> Errors(PolicyInput input)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message) => (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(message);
        FillNulls(input);
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length > 200)
        {
            Add(nameof(input.Title), "请填写政策名称（不超过200字）");
        }
        if (string.IsNullOrWhiteSpace(input.Issuer) || input.Issuer.Trim().Length > 100)
        {
            Add(nameof(input.Issuer), "请填写发文单位（不超过100字）");
        }
        if (string.IsNullOrWhiteSpace(input.DocumentNo) || input.DocumentNo.Trim().Length > 100)
        {
            Add(nameof(input.DocumentNo), "请填写文号（不超过100字）");
        }
        if (input.Summary.Length > 4000)
        {
            Add(nameof(input.Summary), "政策摘要不超过4000字");
        }
        if (input.EffectiveFrom is null)
        {
            Add(nameof(input.EffectiveFrom), "请填写生效日期");
        }
        else if (input.EffectiveTo is { } to && to < input.EffectiveFrom)
        {
            Add(nameof(input.EffectiveTo), "失效日期不能早于生效日期");
        }
        if (input.Mode == PolicyMode.FastTrack && input.DecisionDays is not (>= 1 and <= MaxDecisionDays))
        {
            Add(nameof(input.DecisionDays), $"快申快享须设定办理时限，1至{MaxDecisionDays}个工作日");
        }
        var parameters = new HashSet<string>();
        foreach (var p in input.Parameters)
        {
            if (string.IsNullOrWhiteSpace(p.Name) || !parameters.Add(p.Name.Trim()))
            {
                Add(nameof(input.Parameters), $"参数名称“{p.Name}”为空或重复");
            }
            else if (p.Values.Count == 0 || p.Values.GroupBy(v => v.From).Any(g => g.Count() > 1))
            {
                Add(nameof(input.Parameters), $"参数“{p.Name}”须至少有一个取值，且每个生效日期只能有一个取值");
            }
        }
        if (input.Rule is null)
        {
            Add(nameof(input.Rule), "请设置享受条件（rule）");
        }
        else
        {
            CheckRule(input.Rule, "条件", parameters, m => Add(nameof(input.Rule), m), top: true);
        }
        foreach (var message in input.Formula is null ? ["请设置兑现标准（formula）"] : FormulaErrors(input.Formula))
        {
            Add(nameof(input.Formula), message);
        }
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    /// <summary>Lists and texts a hand-written JSON file left out (null) become empty, so they are checked, not thrown on.</summary>
    private static void FillNulls(PolicyInput input)
    {
        input.Summary ??= "";
        input.Parameters ??= [];
        input.Parameters.RemoveAll(p => p is null);
        input.Parameters.ForEach(p => p.Values ??= []);
        if (input.Formula is { } f)
        {
            (f.Steps, f.Titles) = (f.Steps ?? [], f.Titles ?? []);
        }
        void Rule(PolicyRule rule)
        {
            (rule.Children, rule.Values) = (rule.Children ?? [], rule.Values ?? []);
            rule.Children.RemoveAll(c => c is null);
            rule.Children.ForEach(Rule);
        }
        if (input.Rule is { } r)
        {
            Rule(r);
        }
    }

    public static void Validate(PolicyInput input)
    {
        if (Errors(input) is { Count: > 0 } errors)
        {
            throw new InputException(errors);
        }
    }

    private static void CheckRule(PolicyRule rule, string place, HashSet<string> parameters, Action<string> add, bool top = false)
    {
        switch (rule.Kind)
        {
            case PolicyRule.AllOf or PolicyRule.AnyOf:
                if (rule.Children.Count == 0 && !top)
                {
                    add($"{place}：条件组至少要有一个条件");
                }
                for (var i = 0; i < rule.Children.Count; i++)
                {
                    CheckRule(rule.Children[i], top ? $"条件{i + 1}" : $"{place}.{i + 1}", parameters, add);
                }
                return;
            case PolicyRule.Negate:
                if (rule.Children.Count != 1)
                {
                    add($"{place}：“不满足”只能包含一个条件或条件组");
                    return;
                }
                CheckRule(rule.Children[0], place + ".1", parameters, add);
                return;
            case PolicyRule.Condition:
                CheckCondition(rule, place, parameters, add);
                return;
            default:
                add($"{place}：未知的条件类型“{rule.Kind}”");
                return;
        }
    }

    private static void CheckCondition(PolicyRule rule, string place, HashSet<string> parameters, Action<string> add)
    {
        if (FactCatalog.Find(rule.Fact ?? "") is not { } fact)
        {
            add($"{place}：请选择判断的企业信息（未知的“{rule.Fact}”）");
            return;
        }
        switch (fact.Kind)
        {
            case FactKind.Number when !FigureOps.Contains(rule.Op ?? ""):
                add($"{place}：{fact.Label}请选择比较方式（不低于、高于、不超过、低于、等于）");
                break;
            case FactKind.Number when rule.Number is null && (rule.Parameter is null || !parameters.Contains(rule.Parameter)):
                add($"{place}：{fact.Label}请填写数值，或选择已定义的参数");
                break;
            case FactKind.Code when rule.Op != "in" || rule.Values.Count == 0 || rule.Values.Exists(string.IsNullOrWhiteSpace):
                add($"{place}：{fact.Label}请至少选择一项");
                break;
            case FactKind.Set when rule.Op != "has" || rule.Values.Count == 0 || rule.Values.Exists(string.IsNullOrWhiteSpace):
                add($"{place}：{fact.Label}请至少选择一项");
                break;
        }
    }

    public static IEnumerable<string> FormulaErrors(BenefitFormula f)
    {
        var fact = f.Fact is { } key ? FactCatalog.Find(key) : null;
        var needsFact = f.Kind is BenefitKind.Percentage or BenefitKind.Tiers or BenefitKind.Milestones or BenefitKind.PerUnit;
        if (needsFact && fact is not { Kind: FactKind.Number })
        {
            yield return "请选择计算奖补所依据的指标";
        }
        if (f.Cap is <= 0)
        {
            yield return "上限应大于0，不设上限请留空";
        }
        switch (f.Kind)
        {
            case BenefitKind.Percentage when f.Rate is not (> 0 and <= 1):
                yield return "比例应在0到100%之间（填0.05表示5%）";
                break;
            case BenefitKind.PerUnit when f.Amount is not > 0:
                yield return "请填写每单位奖补金额（万元）";
                break;
            case BenefitKind.Flat when f.Amount is < 0:
                yield return "定额不能为负数";
                break;
            case BenefitKind.PerTitle when f.Titles.Count == 0 || f.Titles.Exists(t => string.IsNullOrWhiteSpace(t.Tag) || t.Amount <= 0):
                yield return "请列出称号或奖项及各自的奖励金额（大于0）";
                break;
            case BenefitKind.Tiers or BenefitKind.Milestones:
                if (f.Steps.Count == 0)
                {
                    yield return f.Kind == BenefitKind.Tiers ? "请至少设置一档" : "请至少设置一个里程碑";
                }
                else if (f.Steps.GroupBy(s => s.From).Any(g => g.Count() > 1))
                {
                    yield return "各档起点不能重复";
                }
                else if (f.Steps.Exists(s => f.Kind == BenefitKind.Milestones ? s.Amount is not > 0 : (s.Amount is null) == (s.Rate is null) || s.Amount < 0 || s.Rate is not (null or (> 0 and <= 1))))
                {
                    yield return f.Kind == BenefitKind.Milestones ? "每个里程碑须有奖励金额（大于0）" : "每档须填写金额或比例中的一项（比例在0到100%之间）";
                }
                break;
        }
    }
}
