namespace ChainChief.Web.Features.Targets;

public static class TargetLabels
{
    public static string Of(TargetScope scope) => scope switch
    {
        TargetScope.City => "市级",
        TargetScope.County => "县区",
        TargetScope.Chain => "产业链",
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
        var reach = $"{t.EndYear}年达到{t.TargetValue / 10000:N2}{YiUnit(t.Metric)}";
        return t.StartYear == t.EndYear ? reach : $"{t.StartYear}—{t.EndYear}年：{reach}";
    }

    /// <summary>The unit of a target's figures in reports, which show them in 亿 (10⁸).</summary>
    public static string YiUnit(Statistics.Metric metric) => metric == Statistics.Metric.Electricity ? "亿千瓦时" : "亿元";

    /// <summary>The unit targets are entered and shown in on the pages (万元, or 万kWh for electricity), in the user's language.</summary>
    public static string Unit(Microsoft.Extensions.Localization.IStringLocalizer l, Statistics.Metric metric) =>
        metric == Statistics.Metric.Electricity ? l["10k kWh"] : l["10k yuan"];
}
