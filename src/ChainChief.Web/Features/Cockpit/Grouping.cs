using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Reference;

namespace ChainChief.Web.Features.Cockpit;

/// <summary>Which rows of a dimension a firm counts in, and what the rows are called. A firm on two chains counts in both.</summary>
public sealed class Grouping(ReferenceData reference)
{
    /// <summary>Key of the firms outside any park.</summary>
    public const string NoPark = "-";

    public IEnumerable<string> KeysOf(FirmInfo firm, Dimension dimension, CockpitScope scope, FirmDirectory directory) => dimension switch
    {
        Dimension.City => [""],
        Dimension.Chain => firm.Chains.Where(id => directory.Chains[id] is { ParentId: null } c && scope.CanSee(c)).Select(Key),
        Dimension.SubChain => firm.Chains.Where(id => directory.Chains[id] is { ParentId: not null } c && scope.CanSee(c)
            && (scope.ChainId is not { } chain || directory.IsWithin(id, chain))).Select(Key),
        Dimension.Node => firm.Nodes.Where(id => directory.Nodes.GetValueOrDefault(id) is { } n && directory.Chains.GetValueOrDefault(n.ChainId) is { } c
            && scope.CanSee(c) && (scope.ChainId is not { } chain || directory.IsWithin(n.ChainId, chain))).Select(Key),
        Dimension.County => [firm.County],
        Dimension.Prefecture => [firm.County[..Math.Min(4, firm.County.Length)]],
        Dimension.Park => [firm.Park ?? NoPark],
        Dimension.Division => [firm.Industry[..Math.Min(2, firm.Industry.Length)]],
        Dimension.Scale => [firm.Scale.ToString()],
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    public bool Matches(FirmInfo firm, Dimension dimension, string? key, CockpitScope scope, FirmDirectory directory) =>
        dimension == Dimension.City || KeysOf(firm, dimension, scope, directory).Contains(key ?? "");

    public string Label(Dimension dimension, string key, CockpitScope scope, FirmDirectory directory) => dimension switch
    {
        Dimension.City => RegionLabel(scope.Region) + (scope.ChainId is { } c && directory.Chains.TryGetValue(c, out var chain) ? " · " + chain.Name : ""),
        Dimension.Chain or Dimension.SubChain => int.TryParse(key, out var id) && directory.Chains.TryGetValue(id, out var ch) ? ch.Name : key,
        Dimension.Node => int.TryParse(key, out var id) && directory.Nodes.TryGetValue(id, out var n)
            ? scope.ChainId is null && directory.Chains.TryGetValue(n.ChainId, out var owner) ? $"{owner.Name} · {n.Name}" : n.Name
            : key,
        Dimension.County or Dimension.Prefecture => reference.RegionName(key),
        Dimension.Park => key == NoPark ? "园区外" : key,
        Dimension.Division => reference.IndustryName(key),
        Dimension.Scale => Enum.TryParse<EnterpriseScale>(key, out var s) ? EnterpriseLabels.Of(s) : key,
        _ => key,
    };

    /// <summary>Display order of rows before any ranking: chains and nodes as their lists order them, codes ascending.</summary>
    public (int, string) Order(Dimension dimension, string key, FirmDirectory directory) => dimension switch
    {
        Dimension.Chain or Dimension.SubChain when int.TryParse(key, out var id) && directory.Chains.TryGetValue(id, out var c) => (c.SortOrder, key.PadLeft(10, '0')),
        Dimension.Node when int.TryParse(key, out var id) && directory.Nodes.TryGetValue(id, out var n) => (n.SortOrder, key.PadLeft(10, '0')),
        _ => (0, key),
    };

    public string RegionLabel(string region) => region.Length == 0 ? "全部地区" : reference.RegionName(region);

    private static string Key(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
