using System.Globalization;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Reference;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Incentives;

/// <summary>
/// Names the codes a rule holds for readers (610902 → 汉滨区, a chain id → its name, Specialized → 专精特新) and says
/// which of them do not exist, so a rule can neither show nor save a code nobody can read.
/// </summary>
public sealed class PolicyNames(ReferenceData reference, IReadOnlyDictionary<string, string> chains)
{
    public static async Task<PolicyNames> LoadAsync(AppDbContext db, ReferenceData reference, string regionPrefix, CancellationToken ct)
    {
        var chains = await db.Chains.AsNoTracking().Where(c => c.RegionCode.StartsWith(regionPrefix) || regionPrefix.StartsWith(c.RegionCode))
            .Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        return new PolicyNames(reference, chains.ToDictionary(c => c.Id.ToString(CultureInfo.InvariantCulture), c => c.Name));
    }

    public IReadOnlyDictionary<string, string> Chains => chains;

    public string Name(string fact, string code) => fact switch
    {
        FactCatalog.Region => reference.RegionName(code),
        FactCatalog.Industry => reference.Industry(code) is { } i ? $"{i.Name}（{code}）" : code,
        FactCatalog.Chain => chains.GetValueOrDefault(code, code),
        FactCatalog.Tags => Enum.TryParse<EnterpriseTagKind>(code, out var t) ? EnterpriseLabels.Of(t) : code,
        FactCatalog.Scale => Enum.TryParse<EnterpriseScale>(code, out var s) ? EnterpriseLabels.Of(s) : code,
        _ => code,
    };

    /// <summary>A name for <see cref="RuleEngine.Evaluate"/>.</summary>
    public RuleEngine.CodeNamer Namer => Name;

    /// <summary>The codes of a rule that name nothing, as "所属产业链 99" for the form.</summary>
    public IEnumerable<string> Unknown(PolicyRule rule)
    {
        if (rule.Kind != PolicyRule.Condition)
        {
            return rule.Children.SelectMany(Unknown);
        }
        var fact = FactCatalog.Find(rule.Fact ?? "");
        return fact is null ? [] : rule.Values.Where(v => !Exists(fact.Key, v)).Select(v => $"{fact.Label}“{v}”");
    }

    public bool Exists(string fact, string code) => fact switch
    {
        FactCatalog.Region => reference.Region(code) is not null,
        FactCatalog.Industry => reference.Industry(code) is not null,
        FactCatalog.Chain => chains.ContainsKey(code),
        FactCatalog.Tags => Enum.TryParse<EnterpriseTagKind>(code, out _) && !int.TryParse(code, out _),
        FactCatalog.Scale => Enum.TryParse<EnterpriseScale>(code, out _) && !int.TryParse(code, out _),
        _ => true,
    };
}
