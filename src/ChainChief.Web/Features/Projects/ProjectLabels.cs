namespace ChainChief.Web.Features.Projects;

/// <summary>Chinese names of the project enums, for messages and exports (the UI localizes through the resources).</summary>
public static class ProjectLabels
{
    public static string Of(ProjectStage stage) => stage switch
    {
        ProjectStage.Planning => "策划",
        ProjectStage.Negotiating => "洽谈",
        ProjectStage.Signed => "签约",
        ProjectStage.Started => "开工",
        ProjectStage.Operating => "投产",
        ProjectStage.FullProduction => "达产",
        ProjectStage.Terminated => "终止",
        ProjectStage.Revitalized => "盘活",
    };

    public static string DateLabel(ProjectStage stage) => stage switch
    {
        ProjectStage.Signed => "签约日期",
        ProjectStage.Started => "开工日期",
        ProjectStage.Operating => "投产日期",
        ProjectStage.FullProduction => "达产日期",
        ProjectStage.Terminated => "终止日期",
        ProjectStage.Revitalized => "盘活日期",
        _ => "日期",
    };

    public static string Of(ChainAction action) => action switch
    {
        ChainAction.Build => "建链",
        ChainAction.Fill => "补链",
        ChainAction.Strengthen => "强链",
        ChainAction.Extend => "延链",
    };

    public static string Of(ServiceLevel level) => level switch
    {
        ServiceLevel.TaskForce => "专班",
        ServiceLevel.Commissioner => "专员",
        ServiceLevel.Attendant => "专人",
    };
}
