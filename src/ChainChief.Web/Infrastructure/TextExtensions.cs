namespace ChainChief.Web.Infrastructure;

public static class TextExtensions
{
    /// <summary>The text without surrounding blanks, or null when nothing is left (an optional form field left empty).</summary>
    public static string? TrimToNull(this string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The text cut to fit a column of <paramref name="length"/> characters, ending in "…" when cut.</summary>
    public static string Truncate(this string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
