using ChainChief.Web.Data.Seed.Demo;
using ChainChief.Web.Features.Chains;
using ChainChief.Web.Features.Reference;

namespace ChainChief.Tests.Chains;

public sealed class DemoChainMapTests
{
    private static readonly ReferenceData Reference = new();
    private static readonly IReadOnlyList<ChainMapDocument> Maps = DemoChainMaps.Load();
    private static readonly string[] Segments = ["上游", "中游", "下游"];

    public static TheoryData<string> Chains => new(DemoCityPlan.Chains.Select(c => c.Name));

    private static ChainMapDocument Map(string chain) => Maps.Single(m => m.Chain == chain);

    [Fact]
    public void Load_nine_files_gives_the_demo_plan_chains_in_order()
    {
        Assert.Equal(DemoCityPlan.Chains.Select(c => c.Name), Maps.Select(m => m.Chain));
    }

    [Theory]
    [MemberData(nameof(Chains))]
    public void Load_any_map_has_unique_named_nodes_in_known_segments_and_no_firms(string chain)
    {
        var map = Map(chain);
        Assert.Empty(map.Firms);
        Assert.All(map.Nodes, n =>
        {
            Assert.False(string.IsNullOrWhiteSpace(n.Name));
            Assert.True(n.Name.Length <= 64, n.Name);
            Assert.True((n.KeyProducts ?? "").Length <= 500, n.Name);
            Assert.Contains(n.Segment, Segments);
        });
        var duplicates = map.Nodes.GroupBy(n => n.Name).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
        Assert.All(Segments, s => Assert.Contains(map.Nodes, n => n.Segment == s));
        Assert.Contains(map.Nodes, n => n.IsKey);
    }

    [Theory]
    [MemberData(nameof(Chains))]
    public void Load_any_map_nests_nodes_under_existing_parents_of_the_same_segment(string chain)
    {
        var nodes = Map(chain).Nodes.ToDictionary(n => n.Name);
        foreach (var node in nodes.Values.Where(n => n.Parent is not null))
        {
            Assert.True(nodes.TryGetValue(node.Parent!, out var parent), $"{node.Name}: parent {node.Parent} missing");
            Assert.Equal(parent.Segment, node.Segment);
            // Walking up ends at a root: no node is its own ancestor.
            var seen = new HashSet<string> { node.Name };
            for (var p = parent; p is not null; p = p.Parent is null ? null : nodes[p.Parent])
            {
                Assert.True(seen.Add(p.Name), $"{node.Name}: parent loop at {p.Name}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Chains))]
    public void Load_any_map_edges_join_existing_nodes_forward_without_cycles(string chain)
    {
        var map = Map(chain);
        var nodes = map.Nodes.ToDictionary(n => n.Name);
        Assert.NotEmpty(map.Edges);
        foreach (var e in map.Edges)
        {
            Assert.True(nodes.ContainsKey(e.From), $"edge from unknown node {e.From}");
            Assert.True(nodes.ContainsKey(e.To), $"edge to unknown node {e.To}");
            Assert.NotEqual(e.From, e.To);
            Assert.True(Array.IndexOf(Segments, nodes[e.From].Segment) <= Array.IndexOf(Segments, nodes[e.To].Segment),
                $"edge {e.From} → {e.To} goes back from {nodes[e.From].Segment} to {nodes[e.To].Segment}");
        }
        Assert.Equal(map.Edges.Count, map.Edges.Distinct().Count());

        // Kahn's algorithm: every node gets removed only when the supply graph has no cycle.
        var incoming = map.Nodes.ToDictionary(n => n.Name, n => map.Edges.Count(e => e.To == n.Name));
        var ready = new Queue<string>(incoming.Where(kv => kv.Value == 0).Select(kv => kv.Key));
        var removed = 0;
        while (ready.TryDequeue(out var name))
        {
            removed++;
            foreach (var e in map.Edges.Where(e => e.From == name))
            {
                if (--incoming[e.To] == 0)
                {
                    ready.Enqueue(e.To);
                }
            }
        }
        Assert.Equal(map.Nodes.Count, removed);
    }

    [Theory]
    [MemberData(nameof(Chains))]
    public void Load_any_map_gives_each_node_one_to_three_existing_gbt4754_codes(string chain)
    {
        Assert.All(Map(chain).Nodes, n =>
        {
            Assert.InRange(n.IndustryCodes.Count, 1, 3);
            Assert.Equal(n.IndustryCodes.Count, n.IndustryCodes.Distinct().Count());
            Assert.All(n.IndustryCodes, code =>
            {
                var industry = Reference.Industry(code);
                Assert.True(industry is { Level: 3 or 4 }, $"{n.Name}: {code} is not a GB/T 4754-2017 中类 or 小类");
            });
        });
    }

    [Theory]
    [MemberData(nameof(Chains))]
    public void Load_any_map_has_nodes_with_and_without_demo_firm_industries(string chain)
    {
        var prefixes = DemoCityPlan.Chains.Single(c => c.Name == chain).Industries;
        var withFirms = Map(chain).Nodes.Where(n => CanHoldDemoFirms(n, prefixes)).ToList();
        Assert.NotEmpty(withFirms);
        // Real cities have gaps: some nodes must stay blank (空白点) because no generated firm fits them.
        Assert.NotEqual(Map(chain).Nodes.Count, withFirms.Count);
    }

    [Fact]
    public void Load_harness_map_has_sixty_plus_nodes_covering_the_founding_speech()
    {
        var map = Map("电子线束（信息）");
        Assert.InRange(map.Nodes.Count, 60, 70);
        Assert.True(map.Nodes.Count > Maps.Where(m => m != map).Max(m => m.Nodes.Count));

        string[] upstream = ["拉线", "端子", "模具", "连接器", "铜材", "绝缘材料"];
        string[] midstream = ["线束加工"];
        string[][] downstream = [["家电", "家用电器"], ["汽车"], ["通讯"], ["计算机"], ["光电"], ["航空"], ["军用"]];
        Assert.All(upstream, w => Assert.Contains(map.Nodes, n => n.Segment == "上游" && n.Name.Contains(w, StringComparison.Ordinal)));
        Assert.All(midstream, w => Assert.Contains(map.Nodes, n => n.Segment == "中游" && n.Name.Contains(w, StringComparison.Ordinal)));
        Assert.All(downstream, words => Assert.Contains(map.Nodes,
            n => n.Segment == "下游" && words.Any(w => n.Name.Contains(w, StringComparison.Ordinal))));
    }

    [Fact]
    public void Load_other_maps_stay_between_ten_and_twenty_five_nodes()
    {
        Assert.All(Maps.Where(m => m.Chain != "电子线束（信息）"), m => Assert.InRange(m.Nodes.Count, 10, 25));
    }

    /// <summary>
    /// A generated firm gets a 小类 under one of its chain's prefixes and sits on a node whose code it starts with, so a
    /// node can hold firms exactly when some 小类 falls under both one of its codes and one of the prefixes.
    /// </summary>
    private static bool CanHoldDemoFirms(ChainMapDocument.Node node, string[] prefixes) =>
        Reference.Industries.Any(i => i.Level == 4
            && node.IndustryCodes.Any(c => i.Code.StartsWith(c, StringComparison.Ordinal))
            && prefixes.Any(p => i.Code.StartsWith(p, StringComparison.Ordinal)));
}
