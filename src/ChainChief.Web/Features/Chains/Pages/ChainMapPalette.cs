namespace ChainChief.Web.Features.Chains.Pages;

/// <summary>
/// Node colours from the Okabe–Ito palette, which stays distinguishable with the common colour-vision
/// deficiencies. Boxes get a light tint (dark text stays readable) and the full colour on border and badge;
/// every state also shows a text badge, so colour is never the only cue.
/// </summary>
public static class ChainMapPalette
{
    public sealed record Swatch(string Fill, string Stroke, string Badge, string BadgeText, string? Dash);

    public static Swatch Of(NodeState state) => state switch
    {
        NodeState.Blank => new("#F5F5F5", "#9E9E9E", "#FFFFFF", "#424242", "5 3"),
        NodeState.Broken => new("#F5D7BF", "#D55E00", "#D55E00", "#000000", null),
        NodeState.Weak => new("#F9E7BF", "#E69F00", "#E69F00", "#000000", null),
        NodeState.Covered => new("#D5ECF9", "#56B4E9", "#56B4E9", "#000000", null),
        NodeState.Strong => new("#BFE7DC", "#009E73", "#009E73", "#000000", null),
    };
}
