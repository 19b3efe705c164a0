namespace ChainChief.Web.Features.Chains.Pages;

/// <summary>
/// Node-state colours from the Okabe–Ito palette, which stays distinguishable with the common colour-vision
/// deficiencies; blank nodes are outlined with a dashed border rather than coloured.
/// </summary>
public static class NodeStateStyle
{
    public static string Fill(NodeState s) => s switch
    {
        NodeState.Blank => "#FFFFFF",
        NodeState.Broken => "#D55E00",
        NodeState.Weak => "#E69F00",
        NodeState.Covered => "#56B4E9",
        NodeState.Strong => "#009E73",
    };

    public static string Stroke(NodeState s) => s == NodeState.Blank ? "#777777" : Fill(s);

    public static string Text(NodeState s) => s is NodeState.Broken or NodeState.Strong ? "#FFFFFF" : "#1A1A1A";

    /// <summary>English localizer key of the state; zh-CN gives 空白点 / 断点 / 薄弱点 / 一般 / 优势.</summary>
    public static string LabelKey(NodeState s) => s switch
    {
        NodeState.Blank => "Blank",
        NodeState.Broken => "Break",
        NodeState.Weak => "Weak",
        NodeState.Covered => "Covered",
        NodeState.Strong => "Strong",
    };
}
