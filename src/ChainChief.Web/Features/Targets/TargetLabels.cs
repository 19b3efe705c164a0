namespace ChainChief.Web.Features.Targets;

public static class TargetLabels
{
    public static string Of(TargetScope scope) => scope switch
    {
        TargetScope.City => "市级",
        TargetScope.County => "县区",
        TargetScope.Chain => "产业链",
    };

    public static string Of(TargetKind kind) => kind switch
    {
        TargetKind.Value => "总量目标",
        TargetKind.Growth => "增速目标",
    };

    /// <summary>"增长8%" or "2027年达到 1,331.00万元".</summary>
    public static string Goal(TargetProgressReader.Row t) => t.Kind == TargetKind.Growth
        ? $"增长{t.TargetValue * 100:0.##}%"
        : $"{t.EndYear}年达到{t.TargetValue:N2}{Cockpit.CockpitLabels.Unit(t.Metric)}";
}
