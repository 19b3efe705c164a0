namespace ChainChief.Web.Features.Chains.Pages;

/// <summary>Localizer keys of the node-state names (空白点 / 断点 / 薄弱点 / 一般 / 优势), shared by chips, cards and the map legend.</summary>
public static class NodeStateStyle
{
    public static string LabelKey(NodeState s) => s switch
    {
        NodeState.Blank => "Blank node",
        NodeState.Broken => "Broken node",
        NodeState.Weak => "Weak node",
        NodeState.Covered => "Covered node",
        NodeState.Strong => "Strong node",
    };
}
