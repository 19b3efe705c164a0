namespace ChainChief.Web.Features.Chains;

/// <summary>A node to lay out. <paramref name="ParentId"/> nests it (材料 → 铜材).</summary>
public sealed record LayoutNode(int Id, string Name, ChainSegment Segment, int? ParentId);

/// <summary>Supplier → customer.</summary>
public sealed record LayoutEdge(int From, int To);

/// <summary>
/// Layered (Sugiyama-style) layout of a chain map: segments 上游 → 中游 → 下游 as bands of columns, supply
/// edges left to right. Boxes have a fixed size and labels are wrapped to fit inside them, so labels can
/// never overlap; long edges get a reserved slot in every column they pass, so they never cross a box.
/// Pure and deterministic: the same input gives the same picture, which keeps maps stable between visits.
/// </summary>
public static partial class ChainMapLayout
{
    public const double NodeWidth = 176;
    public const double NodeHeight = 56;
    /// <summary>Vertical room a long edge reserves in a column it passes through.</summary>
    public const double WaypointHeight = 8;
    public const double NodeGap = 16;
    public const double WaypointGap = 6;
    /// <summary>Wide enough for a readable S-curve and an arrowhead between columns.</summary>
    public const double ColumnGap = 72;
    /// <summary>Extra gap between segments, so the segment bands read as separate.</summary>
    public const double SegmentGap = 24;
    public const double Margin = 16;
    public const double HeadingHeight = 40;
    public const int DefaultSweeps = 4;

    public readonly record struct Point(double X, double Y);

    public sealed record NodeBox(int Id, int Column, double X, double Y, double W, double H)
    {
        public double Right => X + W;
        public double Bottom => Y + H;
        public double CenterY => Y + (H / 2);
    }

    /// <summary>A segment's band: its columns and the x-range its background and heading cover.</summary>
    public sealed record SegmentHeading(ChainSegment Segment, int FirstColumn, int ColumnCount, double X, double Width);

    /// <summary>Polyline from the supplier box's right middle through waypoints to the customer box's left middle.</summary>
    public sealed record EdgePath(int From, int To, IReadOnlyList<Point> Points);

    /// <summary>
    /// The picture in SVG user units. ColumnX is the left x of each column (each <see cref="NodeWidth"/> wide);
    /// Nodes follow the input order; Ignored lists input edges not drawn: unknown ids, self-loops, duplicates,
    /// downstream → upstream, and the edges dropped to break a cycle.
    /// </summary>
    public sealed record Result(
        double Width,
        double Height,
        IReadOnlyList<double> ColumnX,
        IReadOnlyList<NodeBox> Nodes,
        IReadOnlyList<SegmentHeading> Headings,
        IReadOnlyList<EdgePath> Edges,
        IReadOnlyList<LayoutEdge> Ignored);

    /// <param name="nodes">Nodes in their preferred order (ties in the layout keep it); duplicate ids after the first are skipped.</param>
    /// <param name="edges">Supplier → customer; edges that cannot be drawn left to right are ignored, not thrown.</param>
    /// <param name="sweeps">Rounds of crossing reduction (one down and one up pass each); 0 keeps the input order.</param>
    public static Result Compute(IReadOnlyList<LayoutNode> nodes, IReadOnlyList<LayoutEdge> edges, int sweeps = DefaultSweeps)
    {
        var accepted = Accept(nodes, edges);
        var layers = Layers.Build(accepted);
        Order(layers, sweeps);
        var centers = Place(layers);
        return Emit(accepted, layers, centers);
    }

    /// <summary>
    /// SVG path data: cubic curves with horizontal tangents across the gaps between columns, straight lines
    /// along the waypoint slots. Each curve stays inside its gap's x-range, so it cannot enter a box.
    /// </summary>
    public static string ToSvgPath(IReadOnlyList<Point> points)
    {
        if (points.Count == 0)
        {
            return "";
        }
        var d = new System.Text.StringBuilder($"M{N(points[0].X)} {N(points[0].Y)}");
        for (var k = 1; k < points.Count; k++)
        {
            var (p, q) = (points[k - 1], points[k]);
            if (p.Y == q.Y)
            {
                d.Append($" L{N(q.X)} {N(q.Y)}");
            }
            else
            {
                var mid = (p.X + q.X) / 2;
                d.Append($" C{N(mid)} {N(p.Y)} {N(mid)} {N(q.Y)} {N(q.X)} {N(q.Y)}");
            }
        }
        return d.ToString();
    }

    /// <summary>A coordinate for SVG: invariant culture, at most one decimal.</summary>
    public static string N(double value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    private static Result Emit(Accepted accepted, Layers layers, double[] centers)
    {
        var columnX = new double[layers.ColumnCount];
        for (var c = 0; c < columnX.Length; c++)
        {
            columnX[c] = Margin + (c * (NodeWidth + ColumnGap)) + (SegmentIndexOf(accepted, c) * SegmentGap);
        }
        var width = columnX[^1] + NodeWidth + Margin;
        var boxes = new NodeBox[accepted.Nodes.Count];
        for (var i = 0; i < boxes.Length; i++)
        {
            var column = layers.Column[i];
            boxes[i] = new NodeBox(accepted.Nodes[i].Id, column, columnX[column], centers[i] - (NodeHeight / 2), NodeWidth, NodeHeight);
        }
        var paths = new List<EdgePath>(layers.Chains.Count);
        foreach (var chain in layers.Chains)
        {
            var (from, to) = (chain[0], chain[^1]);
            var points = new List<Point>((chain.Length * 2) - 2) { new(boxes[from].Right, boxes[from].CenterY) };
            foreach (var waypoint in chain[1..^1])
            {
                var x = columnX[layers.Column[waypoint]];
                points.Add(new Point(x, centers[waypoint]));
                points.Add(new Point(x + NodeWidth, centers[waypoint]));
            }
            points.Add(new Point(boxes[to].X, boxes[to].CenterY));
            paths.Add(new EdgePath(accepted.Nodes[from].Id, accepted.Nodes[to].Id, points));
        }
        var bottom = boxes.Length == 0 ? HeadingHeight + NodeHeight : boxes.Max(b => b.Bottom);
        var headings = Headings(accepted, columnX, width);
        return new Result(width, bottom + Margin, columnX, boxes, headings, paths, accepted.Ignored);
    }

    private static int SegmentIndexOf(Accepted accepted, int column)
    {
        var s = 0;
        while (s < 2 && column >= accepted.SegmentFirstColumn[s + 1])
        {
            s++;
        }
        return s;
    }

    // Bands tile the full width, meeting in the middle of the gap between segments.
    private static SegmentHeading[] Headings(Accepted accepted, double[] columnX, double width)
    {
        var halfGap = (ColumnGap + SegmentGap) / 2;
        var headings = new SegmentHeading[3];
        for (var s = 0; s < 3; s++)
        {
            var first = accepted.SegmentFirstColumn[s];
            var last = first + accepted.SegmentColumns[s] - 1;
            var left = s == 0 ? 0 : columnX[first] - halfGap;
            var right = s == 2 ? width : columnX[last] + NodeWidth + halfGap;
            headings[s] = new SegmentHeading((ChainSegment)s, first, accepted.SegmentColumns[s], left, right - left);
        }
        return headings;
    }
}
