using System.Globalization;

namespace ChainChief.Web.Features.Statistics;

/// <summary>Chinese names of metrics, kinds and sources as the statistics bureau writes them (messages, sheets, revisions).</summary>
public static class StatisticsLabels
{
    public static string Of(Metric metric) => metric switch
    {
        Metric.Output => "工业总产值",
        Metric.Revenue => "营业收入",
        Metric.Profit => "利润总额",
        Metric.Tax => "实缴税金",
        Metric.Electricity => "用电量",
        Metric.RnD => "研发费用",
        Metric.ValueAdded => "工业增加值",
        _ => "从业人员",
    };

    public static string Unit(Metric metric) => metric switch
    {
        Metric.Electricity => "万千瓦时",
        Metric.Employees => "人",
        _ => "万元",
    };

    public static string Of(ReportInputKind kind) => kind == ReportInputKind.YearToDate ? "本年累计" : "当月";

    public static string Of(ReportSource source) => source switch
    {
        ReportSource.Upload => "文件导入",
        ReportSource.SelfReport => "企业填报",
        ReportSource.Api => "接口报送",
        _ => "系统生成",
    };

    public static string Of(StatPeriodAction action) => action == StatPeriodAction.Closed ? "关账" : "重新开放";

    /// <summary>Parses 本年累计/累计/YearToDate or 当月/本月/Monthly; blank means 本年累计 (statistical practice).</summary>
    public static ReportInputKind? ParseKind(string? text) => (text ?? "").Trim() switch
    {
        "" or "本年累计" or "累计" or "本年" or "YearToDate" or "yearToDate" or "YTD" => ReportInputKind.YearToDate,
        "当月" or "本月" or "Monthly" or "monthly" => ReportInputKind.Monthly,
        _ => null,
    };

    /// <summary>12,345.6 — figures in messages, without trailing zeros.</summary>
    public static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
