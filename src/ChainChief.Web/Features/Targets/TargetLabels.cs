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

    /// <summary>"增长8%" or "2027年达到1,331.00万元".</summary>
    public static string Goal(TargetProgressReader.Row t) => t.Kind == TargetKind.Growth
        ? $"增长{t.TargetValue * 100:0.##}%"
        : $"{t.EndYear}年达到{t.TargetValue:N2}{Cockpit.CockpitLabels.Unit(t.Metric)}";

    /// <summary>As the dispatch report writes it: "比上年增长8%", "2026年达到1,080.00亿元", "2025—2027年：2027年达到1,217.23亿元".</summary>
    public static string Requirement(TargetProgressReader.Row t)
    {
        if (t.Kind == TargetKind.Growth)
        {
            return $"比上年增长{t.TargetValue * 100:0.##}%";
        }
        var unit = t.Metric == Statistics.Metric.Electricity ? "亿千瓦时" : "亿元";
        var reach = $"{t.EndYear}年达到{t.TargetValue / 10000:N2}{unit}";
        return t.StartYear == t.EndYear ? reach : $"{t.StartYear}—{t.EndYear}年：{reach}";
    }
}
