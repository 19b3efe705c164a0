namespace ChainChief.Web.Features.Chains;

/// <summary>
/// A key industrial chain (产业链) the city promotes. This slice holds only its identity, so firms can be filtered by
/// chain; organisation, maps and plans grow here.
/// </summary>
public sealed class Chain
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public int SortOrder { get; set; }
}

/// <summary>A firm's membership of a chain.</summary>
public sealed class EnterpriseChain
{
    public int EnterpriseId { get; set; }
    public int ChainId { get; set; }
}
