namespace ChainChief.Web.Features.Chains;

/// <summary>Chinese labels of chain terms, as used in files (map import/export, Excel) and API messages.</summary>
public static class ChainLabels
{
    public static string Of(ChainSegment s) => s switch
    {
        ChainSegment.Upstream => "上游",
        ChainSegment.Midstream => "中游",
        ChainSegment.Downstream => "下游",
    };

    public static string Of(NodeFirmRole r) => r switch
    {
        NodeFirmRole.ChainOwner => "链主",
        NodeFirmRole.Leading => "龙头",
        NodeFirmRole.Supporting => "配套",
    };

    public static string Of(NodeState s) => s switch
    {
        NodeState.Blank => "空白点",
        NodeState.Broken => "断点",
        NodeState.Weak => "薄弱点",
        NodeState.Covered => "一般",
        NodeState.Strong => "优势",
    };

    public static string Of(ChainMemberRole r) => r switch
    {
        ChainMemberRole.Chief => "链长",
        ChainMemberRole.GeneralChief => "总链长",
        ChainMemberRole.DeputyChief => "副链长",
        ChainMemberRole.TaskForce => "专班成员",
    };

    public static string Of(ChainPartyKind k) => k switch
    {
        ChainPartyKind.HostPark => "承载园区",
        ChainPartyKind.ChainOwner => "链主企业",
        ChainPartyKind.InnovationBody => "链创平台",
        ChainPartyKind.AllianceMember => "联盟成员",
    };

    public static string Of(ChainTaskStatus s) => s switch
    {
        ChainTaskStatus.NotStarted => "未开始",
        ChainTaskStatus.InProgress => "推进中",
        ChainTaskStatus.Done => "已完成",
        ChainTaskStatus.Cancelled => "已取消",
    };

    public static string Of(MeetingKind k) => k switch
    {
        MeetingKind.Coordination => "产业链协调推进会",
        MeetingKind.JointMeeting => "联席会议",
        MeetingKind.Interview => "约谈",
    };

    public static ChainSegment? ParseSegment(string? text) => Parse<ChainSegment>(text, Of);

    public static NodeFirmRole? ParseRole(string? text) => Parse<NodeFirmRole>(text, Of);

    private static T? Parse<T>(string? text, Func<T, string> label) where T : struct, Enum =>
        Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => label(v!.Value) == text?.Trim());
}
