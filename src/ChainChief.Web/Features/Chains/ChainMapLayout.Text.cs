using System.Text;

namespace ChainChief.Web.Features.Chains;

public static partial class ChainMapLayout
{
    private const string Ellipsis = "…";

    /// <summary>
    /// Wraps a name into at most <paramref name="maxLines"/> lines of <paramref name="lineWidth"/> wide
    /// characters, ending with "…" when it does not fit. CJK characters count 1, others ½: SVG text does not
    /// wrap by itself, and fixed boxes only keep labels apart if every label is cut to the box.
    /// </summary>
    public static IReadOnlyList<string> WrapLabel(string? text, double lineWidth, int maxLines = 2)
    {
        var lines = new List<List<Rune>>();
        var line = new List<Rune>();
        var width = 0.0;
        var truncated = false;
        foreach (var rune in (text ?? "").Trim().ReplaceLineEndings(" ").EnumerateRunes())
        {
            var w = Width(rune);
            if (width + w > lineWidth && line.Count > 0)
            {
                lines.Add(line);
                if (lines.Count == Math.Max(maxLines, 1))
                {
                    truncated = true;
                    break;
                }
                (line, width) = ([], 0);
                if (Rune.IsWhiteSpace(rune))
                {
                    continue;
                }
            }
            line.Add(rune);
            width += w;
        }
        if (!truncated && line.Count > 0)
        {
            lines.Add(line);
        }
        if (truncated)
        {
            var last = lines[^1];
            // The ellipsis is full-width in CJK fonts.
            while (last.Count > 0 && last.Sum(Width) + 1 > lineWidth)
            {
                last.RemoveAt(last.Count - 1);
            }
            last.AddRange(Ellipsis.EnumerateRunes());
        }
        return [.. lines.Select(l => string.Concat(l.Select(r => r.ToString())).TrimEnd())];
    }

    /// <summary>Display width in wide characters (CJK 1, others ½).</summary>
    public static double DisplayWidth(string? text) => (text ?? "").EnumerateRunes().Sum(Width);

    private static double Width(Rune rune) => IsWide(rune.Value) ? 1 : 0.5;

    // East Asian Wide and Fullwidth blocks: Hangul Jamo, CJK radicals to Yi, Hangul syllables,
    // compatibility ideographs, vertical and small forms, fullwidth forms, and the supplementary ideographs.
    private static bool IsWide(int c) =>
        c is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60)
            or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x20000 and <= 0x3FFFD);
}
