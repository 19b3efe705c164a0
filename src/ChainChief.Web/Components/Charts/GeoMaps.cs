using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace ChainChief.Web.Components.Charts;

/// <summary>
/// Boundary maps from the embedded GeoJSON (Maps/README.md), projected once and kept: equirectangular with the
/// longitudes shrunk by cos(mid-latitude), so shapes keep their proportions at 32°N, fitted to a fixed width, with points
/// closer than a pixel to the last one kept dropped (≈28,000 vertices of 安康 become a few thousand).
/// </summary>
public sealed class GeoMaps
{
    public sealed record Shape(string Code, string Name, string Path, double LabelX, double LabelY);

    public sealed record Map(double Width, double Height, IReadOnlyList<Shape> Shapes);

    public const double Width = 600, Pad = 12, Tolerance = 1.0;

    /// <summary>Area code → file and how its features' codes become region codes (prefecture features carry 610900 for 6109).</summary>
    private static readonly Dictionary<string, (string File, int CodeLength)> Files = new()
    {
        ["6109"] = ("ankang_610900_counties.geojson", 6),
        ["61"] = ("shaanxi_610000_prefectures.geojson", 4),
    };

    private readonly ConcurrentDictionary<string, Lazy<Map>> maps = new();

    /// <summary>The map of an area's parts: a city's counties or a province's prefectures; null when none is embedded.</summary>
    public Map? For(string area) =>
        Files.TryGetValue(area, out var source) ? maps.GetOrAdd(area, _ => new Lazy<Map>(() => Load(source.File, source.CodeLength))).Value : null;

    private static Map Load(string file, int codeLength)
    {
        var asm = Assembly.GetExecutingAssembly();
        var name = asm.GetManifestResourceNames().Single(n => n.EndsWith("." + file, StringComparison.Ordinal));
        using var stream = asm.GetManifestResourceStream(name)!;
        using var doc = JsonDocument.Parse(stream);
        var features = doc.RootElement.GetProperty("features").EnumerateArray().Select(f =>
        {
            var props = f.GetProperty("properties");
            var geometry = f.GetProperty("geometry");
            var polygons = geometry.GetProperty("type").GetString() == "MultiPolygon"
                ? geometry.GetProperty("coordinates").EnumerateArray().ToList()
                : [geometry.GetProperty("coordinates")];
            var rings = polygons.SelectMany(p => p.EnumerateArray()).Select(r => r.EnumerateArray().Select(Lonlat).ToList()).ToList();
            var cp = props.TryGetProperty("cp", out var c) ? Lonlat(c) : (rings[0].Average(p => p.Lon), rings[0].Average(p => p.Lat));
            return (Code: props.GetProperty("code").GetString()![..codeLength], Name: props.GetProperty("name").GetString()!, Rings: rings, Label: cp);
        }).ToList();

        var all = features.SelectMany(f => f.Rings.SelectMany(r => r)).ToList();
        var (minLon, maxLon, minLat, maxLat) = (all.Min(p => p.Lon), all.Max(p => p.Lon), all.Min(p => p.Lat), all.Max(p => p.Lat));
        var k = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var scale = (Width - (2 * Pad)) / ((maxLon - minLon) * k);
        (double X, double Y) Project((double Lon, double Lat) p) => (Pad + ((p.Lon - minLon) * k * scale), Pad + ((maxLat - p.Lat) * scale));
        var height = ((maxLat - minLat) * scale) + (2 * Pad);

        var shapes = features.Select(f =>
        {
            var path = new StringBuilder();
            foreach (var ring in f.Rings)
            {
                var kept = Simplify(ring.Select(Project).ToList());
                if (kept.Count < 4)
                {
                    continue;
                }
                path.Append('M').Append(P(kept[0])).Append('L');
                path.AppendJoin(' ', kept.Skip(1).Select(P)).Append('Z');
            }
            var (lx, ly) = Project(f.Label);
            return new Shape(f.Code, f.Name, path.ToString(), lx, ly);
        }).OrderBy(s => s.Code).ToList();
        return new Map(Width, height, shapes);
    }

    /// <summary>Drops points within <see cref="Tolerance"/> px of the last kept one; keeps the ring's closing point.</summary>
    private static List<(double X, double Y)> Simplify(List<(double X, double Y)> points)
    {
        var kept = new List<(double X, double Y)> { points[0] };
        for (var i = 1; i < points.Count - 1; i++)
        {
            var (dx, dy) = (points[i].X - kept[^1].X, points[i].Y - kept[^1].Y);
            if ((dx * dx) + (dy * dy) >= Tolerance * Tolerance)
            {
                kept.Add(points[i]);
            }
        }
        kept.Add(points[^1]);
        return kept;
    }

    private static (double Lon, double Lat) Lonlat(JsonElement e) => (e[0].GetDouble(), e[1].GetDouble());

    private static string P((double X, double Y) p) => ChartFormat.N(p.X) + "," + ChartFormat.N(p.Y);
}
