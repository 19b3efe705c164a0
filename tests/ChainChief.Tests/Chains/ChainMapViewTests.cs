using System.Globalization;
using System.Text.RegularExpressions;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Features.Chains;
using ChainChief.Web.Features.Chains.Pages;
using Microsoft.Extensions.DependencyInjection;
using static ChainChief.Web.Features.Chains.Pages.ChainMapView;

namespace ChainChief.Tests.Chains;

/// <summary>Static rendering of the map (HtmlRenderer, no browser): the hooks, texts and cues are in the markup.</summary>
public sealed partial class ChainMapViewTests
{
    private static readonly MapNode[] Nodes =
    [
        new(1, "材料", ChainSegment.Upstream, null, null, NodeState.Covered, 3, false),
        new(2, "铜材", ChainSegment.Upstream, 1, "材料", NodeState.Strong, 5, true),
        new(3, "新能源汽车动力电池管理系统及其关键零部件", ChainSegment.Midstream, null, null, NodeState.Weak, 1, false),
        new(4, "整车", ChainSegment.Downstream, null, null, NodeState.Blank, 0, true),
        new(5, "充电桩", ChainSegment.Downstream, null, null, NodeState.Broken, 0, false),
    ];

    private static readonly LayoutEdge[] Edges = [new(2, 3), new(3, 4), new(2, 5)];

    private static Task<string> RenderAsync(int? selected = null, string culture = "zh-CN") => ComponentRenderer.RenderAsync<ChainMapView>(new()
    {
        [nameof(ChainMapView.Nodes)] = Nodes,
        [nameof(ChainMapView.Edges)] = Edges,
        [nameof(ChainMapView.SelectedNodeId)] = selected,
    }, culture);

    [Fact]
    public async Task Render_of_a_map_gives_each_node_its_test_hooks()
    {
        var html = await RenderAsync();
        foreach (var node in Nodes)
        {
            var g = NodeElement().Matches(html).Single(m => m.Groups["id"].Value == node.Id.ToString(CultureInfo.InvariantCulture)).Value;
            Assert.Contains($"data-node-name=\"{node.Name}\"", g);
            Assert.Contains($"data-state=\"{node.State}\"", g);
            Assert.Contains("role=\"button\"", g);
            Assert.Contains("tabindex=\"0\"", g);
        }
        Assert.Equal(Edges.Length, Regex.Count(html, "data-edge="));
        // SVG text cannot nest; Razor's own <text> tag must not leak into the markup.
        Assert.DoesNotContain("<text><text", html);
        Assert.Equal(Regex.Count(html, "<text"), Regex.Count(html, "</text>"));
    }

    [Fact]
    public async Task Render_in_Chinese_shows_headings_badges_counts_caption_and_tooltip()
    {
        var html = await RenderAsync();
        Assert.All(["上游", "中游", "下游", "空白", "断", "弱", "优", "5 家", "1 家", "材料 ›", "★"], text => Assert.Contains($">{text}</text>", html));
        Assert.Contains("<title>铜材\n所属：材料\n优势 · 5 家\n关键环节</title>", html);
        Assert.Contains(">新能源汽车动力电</text>", html);
        Assert.Contains(">池管理系统及其…</text>", html);
        Assert.Contains("空白点 (1)", html);
    }

    [Fact]
    public async Task Render_in_English_uses_the_english_texts()
    {
        var html = await RenderAsync(culture: "en-US");
        Assert.All(["Upstream", "Midstream", "Downstream", "5 firms", "1 firm"], text => Assert.Contains($">{text}</text>", html));
    }

    [Fact]
    public async Task Render_with_a_selected_node_outlines_only_that_node()
    {
        var html = await RenderAsync(selected: 3);
        var selected = NodeElement().Matches(html).Where(m => m.Value.Contains("aria-pressed=\"true\"")).Select(m => m.Groups["id"].Value);
        Assert.Equal(["3"], selected);
        Assert.Equal(1, Regex.Count(html, "data-selected"));
    }

    [GeneratedRegex("""<g [^>]*data-node-id="(?<id>\d+)"[^>]*>""")]
    private static partial Regex NodeElement();
}
