using System.Globalization;
using System.Text.RegularExpressions;
using ChainChief.Web.Components.Charts;
using static ChainChief.Tests.Infrastructure.ComponentRenderer;

namespace ChainChief.Tests.Charts;

/// <summary>The choropleth from the real boundaries: projection, simplification, shading, labels and legend.</summary>
public sealed partial class CountyMapTests
{
    private static readonly string[] AnkangCounties = ["610902", "610921", "610922", "610923", "610924", "610925", "610926", "610927", "610929", "610981"];

    [Fact]
    public void For_ankang_projects_ten_counties_within_the_frame_with_simplified_outlines()
    {
        var map = new GeoMaps().For("6109")!;
        Assert.Equal(AnkangCounties, map.Shapes.Select(s => s.Code));
        Assert.Equal("旬阳市", map.Shapes.Single(s => s.Code == "610981").Name);
        var points = map.Shapes.SelectMany(s => Coordinates(s.Path)).ToList();
        Assert.InRange(points.Count, 2_000, 14_000); // from ≈28,000 vertices
        Assert.All(points, p =>
        {
            Assert.InRange(p.X, 0, map.Width);
            Assert.InRange(p.Y, 0, map.Height);
        });
        // 安康 spans 108.02–110.21°E (2.19°) and 31.71–33.84°N (2.14°): with the cos-latitude correction at 32.8°N the
        // frame is 0.86 : 1, a little higher than wide (without it, it would be 1.02 : 1).
        Assert.InRange(map.Width / map.Height, 0.83, 0.89);
        foreach (var shape in map.Shapes)
        {
            Assert.True(Inside(shape.LabelX, shape.LabelY, shape.Path), $"{shape.Name}'s label lies outside it");
        }
    }

    [Fact]
    public void For_the_province_gives_its_ten_prefectures_and_nothing_for_unknown_areas()
    {
        var map = new GeoMaps().For("61")!;
        Assert.Equal([.. Enumerable.Range(1, 10).Select(i => (6100 + i).ToString(CultureInfo.InvariantCulture))], map.Shapes.Select(s => s.Code));
        Assert.True(map.Height > map.Width); // Shaanxi is tall
        Assert.Null(new GeoMaps().For("6101"));
    }

    [Fact]
    public async Task Render_shades_each_county_by_its_growth_and_writes_name_and_rate()
    {
        var growth = new Dictionary<string, decimal?> { ["610902"] = 25m, ["610921"] = -12.5m, ["610922"] = 0.4m, ["610923"] = null };
        var html = await RenderAsync<CountyMap>(new()
        {
            [nameof(CountyMap.Area)] = "6109",
            [nameof(CountyMap.Growth)] = growth,
            [nameof(CountyMap.Selected)] = "610902",
        });
        var shapes = Shape().Matches(html).ToDictionary(m => m.Groups["code"].Value, m => (Step: m.Groups["step"].Value, Fill: m.Groups["fill"].Value));
        Assert.Equal(AnkangCounties, shapes.Keys.Order());
        Assert.Equal(("6", ChartPalette.Growth[6].Fill), shapes["610902"]);
        Assert.Equal(("1", ChartPalette.Growth[1].Fill), shapes["610921"]);
        Assert.Equal(("3", ChartPalette.Growth[3].Fill), shapes["610922"]);
        Assert.Equal(("none", ChartPalette.NoData), shapes["610923"]);
        Assert.Equal(("none", ChartPalette.NoData), shapes["610981"]); // not in the data at all
        Assert.Contains("<title>汉滨区：+25.0%</title>", html);
        Assert.Contains(">汉阴县</text>", html);
        Assert.Contains(">−12.5%</text>", html);
        Assert.Equal(8, Regex.Count(html, "data-legend-step="));
        Assert.Contains("stroke=\"#000000\" stroke-width=\"2.5\"", html); // the selected county
    }

    [Fact]
    public async Task Render_for_an_area_without_boundaries_says_so()
    {
        var html = await RenderAsync<CountyMap>(new()
        {
            [nameof(CountyMap.Area)] = "6101",
            [nameof(CountyMap.Growth)] = new Dictionary<string, decimal?>(),
        });
        Assert.Contains("暂无该地区的边界地图", html);
        Assert.DoesNotContain("<svg", html);
    }

    private static List<(double X, double Y)> Coordinates(string path) =>
        [.. Regex.Matches(path, @"(-?[\d.]+),(-?[\d.]+)").Select(m => (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))];

    /// <summary>Even-odd ray casting over every ring of the path (紫阳县 has islands).</summary>
    private static bool Inside(double x, double y, string path)
    {
        var inside = false;
        foreach (var ring in path.Split('M', StringSplitOptions.RemoveEmptyEntries).Select(Coordinates))
        {
            for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
            {
                if ((ring[i].Y > y) != (ring[j].Y > y) && x < ((ring[j].X - ring[i].X) * (y - ring[i].Y) / (ring[j].Y - ring[i].Y)) + ring[i].X)
                {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    [GeneratedRegex("""<g data-region-code="(?<code>\d+)"[^>]*data-growth-step="(?<step>[^"]+)"[^>]*>\s*<path d="[^"]+" fill="(?<fill>[^"]+)""")]
    private static partial Regex Shape();
}
