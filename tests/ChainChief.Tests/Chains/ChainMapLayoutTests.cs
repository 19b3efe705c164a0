using System.Diagnostics;
using ChainChief.Web.Features.Chains;
using static ChainChief.Tests.Chains.ChainMapSamples;
using static ChainChief.Web.Features.Chains.ChainMapLayout;

namespace ChainChief.Tests.Chains;

public sealed class ChainMapLayoutTests
{
    public static TheoryData<int, int> GeneratedMaps => new() { { 65, 1 }, { 65, 2 }, { 200, 3 }, { 200, 4 } };

    private static Result Generated(int nodeCount, int seed)
    {
        var (nodes, edges) = Random(nodeCount, seed);
        return Compute(nodes, edges);
    }

    [Fact]
    public void Layout_of_65_nodes_has_no_overlapping_boxes() => AssertNoOverlap(Generated(65, 65));

    [Fact]
    public void Layout_of_200_nodes_has_no_overlapping_boxes() => AssertNoOverlap(Generated(200, 200));

    private static void AssertNoOverlap(Result layout)
    {
        var boxes = layout.Nodes;
        for (var a = 0; a < boxes.Count; a++)
        {
            for (var b = a + 1; b < boxes.Count; b++)
            {
                Assert.False(ChainMapGeometry.Overlap(boxes[a], boxes[b]), $"{boxes[a]} overlaps {boxes[b]}");
            }
        }
        Assert.All(boxes, b => Assert.True(b.X >= 0 && b.Right <= layout.Width && b.Y >= HeadingHeight && b.Bottom <= layout.Height, $"{b} outside the picture"));
    }

    [Theory]
    [MemberData(nameof(GeneratedMaps))]
    public void Edges_of_generated_maps_run_left_to_right_from_right_middle_to_left_middle(int nodeCount, int seed)
    {
        var (nodes, edges) = Random(nodeCount, seed);
        var layout = Compute(nodes, edges);
        var boxes = layout.Nodes.ToDictionary(b => b.Id);
        Assert.Equal(edges.Count, layout.Edges.Count);
        Assert.Empty(layout.Ignored);
        foreach (var edge in layout.Edges)
        {
            Assert.Equal(new Point(boxes[edge.From].Right, boxes[edge.From].CenterY), edge.Points[0]);
            Assert.Equal(new Point(boxes[edge.To].X, boxes[edge.To].CenterY), edge.Points[^1]);
            Assert.All(edge.Points.Zip(edge.Points.Skip(1)), s => Assert.True(s.Second.X > s.First.X, $"{edge} goes back at {s}"));
            // Whatever bends (not a straight run along a waypoint slot) must stay within a gap between columns.
            foreach (var (p, q) in edge.Points.Zip(edge.Points.Skip(1)).Where(s => s.First.Y != s.Second.Y))
            {
                Assert.DoesNotContain(layout.ColumnX, x => p.X < x + NodeWidth && x < q.X);
            }
        }
    }

    [Theory]
    [MemberData(nameof(GeneratedMaps))]
    public void Edges_of_generated_maps_never_cross_a_box_interior(int nodeCount, int seed)
    {
        var layout = Generated(nodeCount, seed);
        foreach (var edge in layout.Edges)
        {
            foreach (var (p, q) in edge.Points.Zip(edge.Points.Skip(1)))
            {
                // Every box, including the edge's own ends: the path only touches their sides.
                var hit = layout.Nodes.FirstOrDefault(b => ChainMapGeometry.EntersInterior(p, q, b));
                Assert.True(hit is null, $"{edge.From}→{edge.To} crosses box {hit} between {p} and {q}");
            }
        }
    }

    [Fact]
    public void Layout_of_a_generated_map_orders_columns_upstream_then_midstream_then_downstream()
    {
        var (nodes, edges) = Random(65, 7);
        var layout = Compute(nodes, edges);
        var segmentOf = nodes.ToDictionary(n => n.Id, n => n.Segment);
        var columns = layout.Nodes.GroupBy(b => segmentOf[b.Id]).ToDictionary(g => g.Key, g => (Min: g.Min(b => b.Column), Max: g.Max(b => b.Column)));
        Assert.True(columns[ChainSegment.Upstream].Max < columns[ChainSegment.Midstream].Min);
        Assert.True(columns[ChainSegment.Midstream].Max < columns[ChainSegment.Downstream].Min);
        Assert.Equal([ChainSegment.Upstream, ChainSegment.Midstream, ChainSegment.Downstream], layout.Headings.Select(h => h.Segment));
        Assert.All(layout.Nodes, b =>
        {
            var heading = layout.Headings[(int)segmentOf[b.Id]];
            Assert.InRange(b.Column, heading.FirstColumn, heading.FirstColumn + heading.ColumnCount - 1);
            Assert.True(b.X >= heading.X && b.Right <= heading.X + heading.Width, $"{b} outside its band");
        });
        Assert.Equal(0, layout.Headings[0].X);
        Assert.Equal(layout.Width, layout.Headings[2].X + layout.Headings[2].Width);
    }

    [Fact]
    public void Layout_with_an_empty_midstream_still_has_three_headings_with_a_column_each()
    {
        var layout = Compute([Node(1, ChainSegment.Upstream), Node(2, ChainSegment.Downstream)], [Edge(1, 2)]);
        Assert.Equal([1, 1, 1], layout.Headings.Select(h => h.ColumnCount));
        Assert.Equal(3, layout.ColumnX.Count);
        Assert.Equal(4, layout.Edges.Single().Points.Count);
        var empty = Compute([], []);
        Assert.Equal(3, empty.Headings.Count);
        Assert.True(empty.Width > 3 * NodeWidth);
    }

    [Fact]
    public void Layout_with_an_intra_segment_edge_puts_the_customer_in_a_later_column()
    {
        // 铜材 → 拉线 → 端子 inside 上游, then 端子 → 线束 in 中游; the longest path decides the column.
        var layout = Compute(
            [Node(4, ChainSegment.Midstream), Node(3, ChainSegment.Upstream), Node(2, ChainSegment.Upstream), Node(1, ChainSegment.Upstream)],
            [Edge(2, 3), Edge(1, 2), Edge(1, 3), Edge(3, 4)]);
        var column = layout.Nodes.ToDictionary(b => b.Id, b => b.Column);
        Assert.Equal((0, 1, 2, 3), (column[1], column[2], column[3], column[4]));
        Assert.Equal(3, layout.Headings[0].ColumnCount);
        Assert.Equal(3, layout.Edges.Single(e => e is { From: 1, To: 3 }).Points.Count - 1);
    }

    [Fact]
    public void Layout_with_a_cycle_ignores_a_closing_edge_and_finishes()
    {
        var nodes = new[] { Node(1, ChainSegment.Upstream), Node(2, ChainSegment.Upstream), Node(3, ChainSegment.Upstream), Node(4, ChainSegment.Midstream) };
        var edges = new[] { Edge(1, 2), Edge(2, 3), Edge(3, 1), Edge(3, 4) };
        var layout = Compute(nodes, edges);
        Assert.Single(layout.Ignored);
        Assert.Equal(3, layout.Edges.Count);
        Assert.All(layout.Edges, e => Assert.True(e.Points[^1].X > e.Points[0].X));
    }

    [Fact]
    public void Layout_with_bad_edges_and_nodes_ignores_them_without_throwing()
    {
        LayoutNode[] nodes = [Node(1, ChainSegment.Upstream), Node(1, ChainSegment.Downstream), Node(2, ChainSegment.Downstream, parentId: 2), Node(3, (ChainSegment)9)];
        LayoutEdge[] bad = [Edge(1, 99), Edge(99, 1), Edge(1, 1), Edge(2, 1), Edge(1, 3)];
        var layout = Compute(nodes, [Edge(1, 2), Edge(1, 2), .. bad]);
        Assert.Equal([1, 2], layout.Nodes.Select(b => b.Id));
        Assert.Equal([(1, 2)], layout.Edges.Select(e => (e.From, e.To)));
        Assert.Equal([Edge(1, 2), .. bad], layout.Ignored);
    }

    [Fact]
    public void Layout_with_parent_cycles_finishes()
    {
        var layout = Compute([Node(1, ChainSegment.Upstream, 2), Node(2, ChainSegment.Upstream, 3), Node(3, ChainSegment.Upstream, 1)], []);
        Assert.Equal(3, layout.Nodes.Count);
    }

    [Fact]
    public void Layout_of_the_same_input_is_the_same()
    {
        var (nodes, edges) = Random(120, 11);
        var (a, b) = (Compute(nodes, edges), Compute([.. nodes], [.. edges]));
        Assert.Equal(a.Nodes, b.Nodes);
        Assert.Equal(a.Edges.Select(e => e.Points), b.Edges.Select(e => e.Points));
        Assert.Equal((a.Width, a.Height), (b.Width, b.Height));
    }

    [Fact]
    public void Crossing_reduction_on_a_reversed_map_removes_crossings()
    {
        // Upstream 1..4 supply midstream in reverse order, which supplies downstream in reverse again.
        var nodes = Enumerable.Range(1, 4).Select(i => Node(i, ChainSegment.Upstream))
            .Concat(Enumerable.Range(11, 4).Select(i => Node(i, ChainSegment.Midstream)))
            .Concat(Enumerable.Range(21, 4).Select(i => Node(i, ChainSegment.Downstream))).ToList();
        var edges = Enumerable.Range(1, 4).SelectMany(i => new[] { Edge(i, 15 - i), Edge(10 + i, 20 + i), Edge(i, 25 - i) }).ToList();
        var naive = ChainMapGeometry.Crossings(Compute(nodes, edges, sweeps: 0));
        var reduced = ChainMapGeometry.Crossings(Compute(nodes, edges));
        Assert.True(naive >= 12, $"the example should start tangled, has {naive}");
        Assert.True(reduced < naive, $"{reduced} crossings after reduction, {naive} before");
        Assert.Equal(0, reduced);
    }

    [Fact]
    public void Crossing_reduction_on_generated_maps_does_not_add_crossings()
    {
        var (nodes, edges) = Random(65, 5);
        Assert.True(ChainMapGeometry.Crossings(Compute(nodes, edges)) <= ChainMapGeometry.Crossings(Compute(nodes, edges, sweeps: 0)));
    }

    [Fact]
    public void Layout_with_nested_nodes_places_children_directly_below_their_parent()
    {
        // 铜材 and 铝材 nest under 材料; 芯片 is unrelated and supplies the same customer.
        var layout = Compute(
            [Node(1, ChainSegment.Upstream), Node(5, ChainSegment.Upstream), Node(2, ChainSegment.Upstream, 1), Node(9, ChainSegment.Midstream), Node(3, ChainSegment.Upstream, 1)],
            [Edge(5, 9), Edge(2, 9), Edge(3, 9)]);
        var fromTop = layout.Nodes.Where(b => b.Column == 0).OrderBy(b => b.Y).Select(b => b.Id).ToList();
        var parent = fromTop.IndexOf(1);
        Assert.Equal([1, 2, 3], fromTop.Skip(parent).Take(3));
    }

    [Fact]
    public void Layout_of_200_nodes_takes_well_under_50_ms()
    {
        var (nodes, edges) = Random(200, 13);
        Compute(nodes, edges);
        var best = Enumerable.Range(0, 5).Min(_ =>
        {
            var clock = Stopwatch.StartNew();
            Compute(nodes, edges);
            return clock.Elapsed.TotalMilliseconds;
        });
        TestContext.Current.TestOutputHelper?.WriteLine($"200 nodes, {edges.Count} edges: {best:F2} ms");
        Assert.True(best < 50, $"took {best:F1} ms");
    }
}
