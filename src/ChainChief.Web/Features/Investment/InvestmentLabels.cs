namespace ChainChief.Web.Features.Investment;

/// <summary>Chinese names of the investment enums, for messages, notifications and exports.</summary>
public static class InvestmentLabels
{
    public static string Of(LeadStage stage) => stage switch
    {
        LeadStage.Collected => "搜集",
        LeadStage.Screened => "筛选",
        LeadStage.Assessed => "研判",
        LeadStage.Pushed => "推送",
        LeadStage.FollowingUp => "跟进",
        LeadStage.Converted => "已转项目",
        LeadStage.Dropped => "已放弃",
    };

    public static string Of(TargetTier tier) => tier switch
    {
        TargetTier.Top500 => "三类500强",
        TargetTier.CentralSoe => "央企",
        TargetTier.Listed => "上市公司",
        TargetTier.LittleGiant => "专精特新",
        TargetTier.Other => "其他",
    };

    public static string Of(TargetPriority priority) => priority switch
    {
        TargetPriority.High => "高",
        TargetPriority.Medium => "中",
        TargetPriority.Low => "低",
    };

    public static string Of(LeadEscalation level) => level switch
    {
        LeadEscalation.None => "未升级",
        LeadEscalation.TaskForce => "已报工作专班",
        LeadEscalation.Chief => "已报链长",
    };
}
