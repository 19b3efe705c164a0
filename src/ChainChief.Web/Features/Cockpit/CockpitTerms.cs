using ChainChief.Web.Features.Statistics;

namespace ChainChief.Web.Features.Cockpit;

/// <summary>当月 (the month's own figures) or 本年累计 (January to the month).</summary>
public enum Basis
{
    Month,
    YearToDate,
}

/// <summary>The ways the cockpit splits a figure (issue #4 item 3). Prefecture (地市) is for a province-wide view.</summary>
public enum Dimension
{
    /// <summary>One row: the whole scope.</summary>
    City,
    /// <summary>Top-level chains, each with its sub-chains' firms rolled up.</summary>
    Chain,
    SubChain,
    /// <summary>Chain-map nodes, each with its sub-nodes' firms rolled up.</summary>
    Node,
    County,
    Park,
    /// <summary>GB/T 4754 大类 (the first two digits of the firm's 小类).</summary>
    Division,
    Scale,
    Prefecture,
}

/// <summary>Chinese names and units as the statistics bureau writes them (exports, API texts).</summary>
public static class CockpitLabels
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
        Metric.Employees => "从业人员",
    };

    public static string Unit(Metric metric) => metric switch
    {
        Metric.Electricity => "万kWh",
        Metric.Employees => "人",
        _ => "万元",
    };

    public static string Of(Basis basis) => basis switch
    {
        Basis.Month => "当月",
        Basis.YearToDate => "本年累计",
    };

    public static string Of(Dimension dimension) => dimension switch
    {
        Dimension.City => "全域",
        Dimension.Chain => "产业链",
        Dimension.SubChain => "子链",
        Dimension.Node => "链上环节",
        Dimension.County => "县区",
        Dimension.Park => "园区",
        Dimension.Division => "行业大类",
        Dimension.Scale => "规模",
        Dimension.Prefecture => "地市",
    };

    /// <summary>Employees are a month-end stock: the year-to-date basis shows the same month-end figure.</summary>
    public static bool IsStock(Metric metric) => metric == Metric.Employees;
}
