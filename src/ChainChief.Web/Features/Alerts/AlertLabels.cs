namespace ChainChief.Web.Features.Alerts;

/// <summary>Chinese names of the alert enums, as the export and the API's readers see them.</summary>
public static class AlertLabels
{
    public static string Of(AlertKind kind) => kind switch
    {
        AlertKind.OutputDrop => "产值同比下降",
        AlertKind.OutputStopped => "停产",
        AlertKind.ElectricityDrop => "用电量同比下降",
        AlertKind.ConsecutiveDecline => "产值连续下降",
        _ => kind.ToString(),
    };

    public static string Of(AlertLevel level) => level switch
    {
        AlertLevel.Yellow => "黄色",
        AlertLevel.Orange => "橙色",
        AlertLevel.Red => "红色",
        _ => level.ToString(),
    };

    public static string Of(AlertState state) => state switch
    {
        AlertState.New => "新预警",
        AlertState.Assigned => "已指派",
        AlertState.Resolved => "已处置",
        _ => state.ToString(),
    };
}
