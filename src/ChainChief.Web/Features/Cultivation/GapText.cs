using System.Globalization;

namespace ChainChief.Web.Features.Cultivation;

/// <summary>
/// The Chinese sentences a ladder check uses to say how far a firm is from a requirement, e.g.
/// "研发费用占比 2.1%，低于 3% 的要求，差 0.9 个百分点" or "研发费用 82 万元，差 18 万元".
/// </summary>
public static class GapText
{
    public static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>An amount or count that must reach <paramref name="required"/>.</summary>
    public static string ShortOf(string label, decimal actual, decimal required, string unit) =>
        actual >= required ? $"{label} {Number(actual)} {unit}，达到 {Number(required)} {unit}的要求"
            : $"{label} {Number(actual)} {unit}，差 {Number(required - actual)} {unit}";

    /// <summary>A percentage that must reach <paramref name="required"/> per cent.</summary>
    public static string ShortOfPercent(string label, decimal actual, decimal required) =>
        actual >= required ? $"{label} {Number(actual)}%，达到 {Number(required)}% 的要求"
            : $"{label} {Number(actual)}%，低于 {Number(required)}% 的要求，差 {Number(required - actual)} 个百分点";

    /// <summary>A percentage that must not exceed <paramref name="limit"/> per cent.</summary>
    public static string OverPercent(string label, decimal actual, decimal limit) =>
        actual <= limit ? $"{label} {Number(actual)}%，不高于 {Number(limit)}% 的上限"
            : $"{label} {Number(actual)}%，高于 {Number(limit)}% 的上限，需降低 {Number(actual - limit)} 个百分点";

    /// <summary>What to fill in when a declared fact is missing.</summary>
    public static string NotDeclared(string what) => $"未填报：请在培育档案中填写{what}";

    /// <summary>What is missing when the statistics do not cover the years a check needs.</summary>
    public static string NoStatistics(string what) => $"缺少统计数据：{what}";
}
