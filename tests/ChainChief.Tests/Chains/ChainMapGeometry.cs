using static ChainChief.Web.Features.Chains.ChainMapLayout;

namespace ChainChief.Tests.Chains;

/// <summary>Plain geometry to check a layout from the outside, independent of how it was computed.</summary>
internal static class ChainMapGeometry
{
    private const double Epsilon = 1e-6;

    public static bool Overlap(NodeBox a, NodeBox b) =>
        a.X < b.Right - Epsilon && b.X < a.Right - Epsilon && a.Y < b.Bottom - Epsilon && b.Y < a.Bottom - Epsilon;

    /// <summary>Whether the segment p→q passes through the open interior of the box (Liang–Barsky clipping).</summary>
    public static bool EntersInterior(Point p, Point q, NodeBox box)
    {
        var (t0, t1) = (0.0, 1.0);
        var (dx, dy) = (q.X - p.X, q.Y - p.Y);
        return Clip(-dx, p.X - (box.X + Epsilon)) && Clip(dx, box.Right - Epsilon - p.X)
            && Clip(-dy, p.Y - (box.Y + Epsilon)) && Clip(dy, box.Bottom - Epsilon - p.Y)
            && t1 - t0 > Epsilon;

        bool Clip(double denominator, double numerator)
        {
            if (denominator == 0)
            {
                return numerator > 0;
            }
            var t = numerator / denominator;
            if (denominator < 0)
            {
                t0 = Math.Max(t0, t);
            }
            else
            {
                t1 = Math.Min(t1, t);
            }
            return t0 < t1;
        }
    }

    /// <summary>Pairs of edge segments from different edges that cross properly (shared end points do not count).</summary>
    public static int Crossings(Result layout)
    {
        var segments = layout.Edges
            .SelectMany((e, i) => e.Points.Zip(e.Points.Skip(1), (p, q) => (Edge: i, P: p, Q: q)))
            .ToList();
        var count = 0;
        for (var a = 0; a < segments.Count; a++)
        {
            for (var b = a + 1; b < segments.Count; b++)
            {
                if (segments[a].Edge != segments[b].Edge && CrossProperly(segments[a].P, segments[a].Q, segments[b].P, segments[b].Q))
                {
                    count++;
                }
            }
        }
        return count;
    }

    private static bool CrossProperly(Point a, Point b, Point c, Point d) =>
        Side(a, b, c) * Side(a, b, d) < 0 && Side(c, d, a) * Side(c, d, b) < 0;

    private static int Side(Point a, Point b, Point p) =>
        Math.Sign(((b.X - a.X) * (p.Y - a.Y)) - ((b.Y - a.Y) * (p.X - a.X)));
}
