namespace ChainChief.Web.Features.Incentives;

/// <summary>Chinese labels for API messages and exports (the UI localizes through its resources).</summary>
public static class PolicyLabels
{
    public static string Of(PolicyStatus s) => s switch
    {
        PolicyStatus.Draft => "草稿",
        PolicyStatus.Active => "执行中",
        PolicyStatus.Withdrawn => "已停止",
    };

    public static string Of(PolicyMode m) => m switch
    {
        PolicyMode.Automatic => "免申即享",
        PolicyMode.FastTrack => "快申快享",
    };

    public static string Of(AwardStatus s) => s switch
    {
        AwardStatus.Proposed => "待审核",
        AwardStatus.Approved => "已审核待拨付",
        AwardStatus.Paid => "已拨付",
        AwardStatus.Rejected => "不予兑现",
    };

    public static string Of(BatchStatus s) => s switch
    {
        BatchStatus.Draft => "待审核",
        BatchStatus.Approved => "已审核",
        BatchStatus.Paid => "已全部拨付",
    };

    public static string Of(ApplicationStatus s) => s switch
    {
        ApplicationStatus.Submitted => "待办理",
        ApplicationStatus.Approved => "已批准",
        ApplicationStatus.Rejected => "未批准",
        ApplicationStatus.Withdrawn => "已撤回",
    };
}
