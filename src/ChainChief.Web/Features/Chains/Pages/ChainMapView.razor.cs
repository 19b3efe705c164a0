using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using static ChainChief.Web.Features.Chains.ChainMapLayout;

namespace ChainChief.Web.Features.Chains.Pages;

/// <summary>
/// The chain map as inline SVG from <see cref="ChainMapLayout"/>: segment bands, curved supply edges, and
/// one focusable box per node coloured by its computed state. No JavaScript: server-rendered markup that
/// the browser tests can find by the data-* hooks.
/// </summary>
public sealed partial class ChainMapView
{
    /// <summary>A node as the map shows it; <paramref name="ParentName"/> is the caption of a nested node.</summary>
    public sealed record MapNode(int Id, string Name, ChainSegment Segment, int? ParentId, string? ParentName, NodeState State, int FirmCount, bool IsKey);

    // Box text: names at 12px in lines of 8 wide characters, captions at 10px; with the badge at the top right
    // and the firm count at the bottom right these fill the fixed box without touching.
    private const double Pad = 8;
    private const double NameLineWidth = 8;
    private const double CaptionWidth = 9;
    private static int instances;

    [Parameter, EditorRequired] public IReadOnlyList<MapNode> Nodes { get; set; } = [];

    [Parameter] public IReadOnlyList<LayoutEdge> Edges { get; set; } = [];

    [Parameter] public int? SelectedNodeId { get; set; }

    [Parameter] public EventCallback<int> OnNodeClick { get; set; }

    // Marker ids are document-wide; two maps on one page must not share one.
    private readonly string arrowId = $"chain-map-arrow-{Interlocked.Increment(ref instances)}";
    private Result layout = Compute([], []);
    private Dictionary<int, MapNode> byId = [];
    private IReadOnlyList<MapNode>? laidOutNodes;
    private IReadOnlyList<LayoutEdge>? laidOutEdges;

    protected override void OnParametersSet()
    {
        // Selecting a node re-renders the map; only new data needs a new layout.
        if (ReferenceEquals(Nodes, laidOutNodes) && ReferenceEquals(Edges, laidOutEdges))
        {
            return;
        }
        (laidOutNodes, laidOutEdges) = (Nodes, Edges);
        byId = Nodes.DistinctBy(n => n.Id).ToDictionary(n => n.Id);
        layout = Compute([.. Nodes.Select(n => new LayoutNode(n.Id, n.Name, n.Segment, n.ParentId))], Edges);
    }

    private Task OnKeyAsync(KeyboardEventArgs e, int id) =>
        ChainChief.Web.Components.Shared.KeyActivation.OnKey(e, OnNodeClick, id);

    private bool IsSelected(EdgePath edge) => SelectedNodeId is { } id && (edge.From == id || edge.To == id);

    // Edges of the selected node are drawn last so they stay on top.
    private IEnumerable<EdgePath> EdgesInDrawingOrder => layout.Edges.OrderBy(IsSelected);

    private int CountIn(NodeState state) => byId.Values.Count(n => n.State == state);

    private static IReadOnlyList<string> NameLines(MapNode node) => WrapLabel(node.Name, NameLineWidth);

    private static string? Caption(MapNode node) =>
        string.IsNullOrWhiteSpace(node.ParentName) ? null : WrapLabel(node.ParentName, CaptionWidth, maxLines: 1)[0] + " ›";

    private static double NameBaseline(bool hasCaption, int lineCount, int line) => (hasCaption, lineCount) switch
    {
        (true, 1) => 36,
        (true, _) => 31 + (line * 14),
        (false, 1) => 32,
        (false, _) => 24 + (line * 16),
    };

    private static double BadgeWidth(string text) => (DisplayWidth(text) * 10) + 8;
}
