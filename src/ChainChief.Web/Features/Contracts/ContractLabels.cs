namespace ChainChief.Web.Features.Contracts;

/// <summary>Chinese names of the contract enums, for messages, findings and exports.</summary>
public static class ContractLabels
{
    public static string Of(BreachStatus status) => status switch
    {
        BreachStatus.Filed => "立案",
        BreachStatus.Rectifying => "整改",
        BreachStatus.Penalized => "处罚",
        BreachStatus.Recovered => "回收",
        BreachStatus.Closed => "结案",
    };

    public static string Of(CheckKind kind) => kind == CheckKind.Completion ? "竣工验收" : "达产复核";

    public static string Of(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Pass => "达标",
        CheckOutcome.WithinTolerance => "容差内",
        CheckOutcome.Breach => "违约",
    };

    public static string Of(Indicator indicator) => indicator switch
    {
        Indicator.InvestmentIntensity => "投资强度（万元/亩）",
        Indicator.FloorAreaRatio => "容积率",
        Indicator.TaxPerMu => "亩均税收（万元/亩）",
        Indicator.OutputPerMu => "亩均产值（万元/亩）",
    };

    /// <summary>One line per indicator: 亩均税收（万元/亩）：约定 30，实测 24，差 6（20.0%），违约，违约金 60 万元.</summary>
    public static string Findings(ContractCompliance.Result result) => string.Join("\n", result.Lines.Select(l =>
        $"{Of(l.Indicator)}：约定 {l.Agreed:0.##}，实测 {l.Measured:0.##}" + (l.Shortfall > 0 ? $"，差 {l.Shortfall:0.##}（{l.ShortfallShare * 100:0.0}%）" : "")
        + $"，{Of(l.Outcome)}" + (l.Penalty > 0 ? $"，违约金 {l.Penalty:0.##} 万元" : "")))
        + (result.Capped ? $"\n违约金合计超过合同上限，按上限 {result.Penalty:0.##} 万元计" : "");
}
