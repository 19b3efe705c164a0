namespace ChainChief.Web.Features.Chains;

/// <summary>
/// A chain map as a file (JSON, and the same rows in Excel), so a city can load a map prepared elsewhere. Nodes are
/// referred to by name, unique within the map; segments and roles use their Chinese labels (上游 / 链主 …).
/// </summary>
public sealed record ChainMapDocument
{
    public string Chain { get; init; } = "";
    public List<Node> Nodes { get; init; } = [];
    public List<Edge> Edges { get; init; } = [];
    public List<Firm> Firms { get; init; } = [];

    public sealed record Node
    {
        public string Name { get; init; } = "";
        /// <summary>上游 / 中游 / 下游</summary>
        public string Segment { get; init; } = "";
        public string? Parent { get; init; }
        public string? KeyProducts { get; init; }
        public List<string> IndustryCodes { get; init; } = [];
        public bool IsKey { get; init; }
    }

    /// <summary>Supplier node → customer node.</summary>
    public sealed record Edge(string From, string To);

    /// <summary>A registry firm on a node; the name is informative, the credit code decides.</summary>
    public sealed record Firm(string Node, string CreditCode, string Role, string? Name);
}
