using System.Globalization;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Reference;

namespace ChainChief.Web.Features.Incentives.Pages;

/// <summary>
/// What the rule builder's rows share, cascaded from the policy form: the policy being edited (for its region and
/// parameters), the codes a condition can pick, the rule errors by place, and a callback that redraws the preview.
/// </summary>
public sealed class PolicyForm(PolicyInput input, ReferenceData reference, IReadOnlyDictionary<string, string> chains, Action changed)
{
    public PolicyInput Input { get; } = input;
    public ReferenceData Reference { get; } = reference;
    public IReadOnlyList<string> RuleErrors { get; set; } = [];
    public PolicyNames Names { get; } = new(reference, chains);

    public void Changed() => changed();

    /// <summary>The codes a condition on a code or set fact picks from (industries are searched instead: there are over a thousand).</summary>
    public IReadOnlyList<(string Code, string Name)> Options(string fact) => fact switch
    {
        FactCatalog.Region => [.. Reference.Regions.Where(r => r.Code.StartsWith(Input.RegionCode, StringComparison.Ordinal)).OrderBy(r => r.Code)
            .Select(r => (r.Code, r.Name))],
        FactCatalog.Chain => [.. chains.Select(c => (c.Key, c.Value))],
        FactCatalog.Tags => [.. Enum.GetValues<EnterpriseTagKind>().Select(t => (t.ToString(), EnterpriseLabels.Of(t)))],
        FactCatalog.Scale => [.. Enum.GetValues<EnterpriseScale>().Select(s => (s.ToString(), EnterpriseLabels.Of(s)))],
        _ => [],
    };

    public IEnumerable<string> SearchIndustries(string text) => string.IsNullOrWhiteSpace(text)
        ? []
        : Reference.Industries.Where(i => i.Code.StartsWith(text.Trim(), StringComparison.Ordinal) || i.Name.Contains(text.Trim(), StringComparison.Ordinal))
            .OrderBy(i => i.Code.Length).ThenBy(i => i.Code).Take(20).Select(i => i.Code);

    /// <summary>The rule errors PolicyCheck wrote for this place ("条件1.2：…"), for the row they point at.</summary>
    public IEnumerable<string> ErrorsAt(string place) => place.Length == 0 ? [] : RuleErrors.Where(e => e.StartsWith(place + "：", StringComparison.Ordinal));

    public static string Place(string parent, int index, bool parentIsRoot) =>
        parentIsRoot ? "条件" + (index + 1).ToString(CultureInfo.InvariantCulture) : $"{parent}.{(index + 1).ToString(CultureInfo.InvariantCulture)}";
}
