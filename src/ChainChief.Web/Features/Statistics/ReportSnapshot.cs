using System.Text.Json;

namespace ChainChief.Web.Features.Statistics;

/// <summary>
/// The figures of a report as a revision keeps them: {"InputKind":"YearToDate","Output":[当月,本年累计],…,"Employees":n}.
/// Small enough for the 2,000-character column and readable in the database.
/// </summary>
public sealed record ReportSnapshot(ReportInputKind Kind, Amounts Monthly, Amounts Ytd, int Employees)
{
    public string ToJson()
    {
        var values = new Dictionary<string, object?> { ["InputKind"] = Kind.ToString() };
        foreach (var m in Amounts.Summing)
        {
            values[m.ToString()] = Monthly[m] is null && Ytd[m] is null ? null : new[] { Monthly[m], Ytd[m] };
        }
        values[nameof(Metric.Employees)] = Employees;
        return JsonSerializer.Serialize(values);
    }

    public static ReportSnapshot? Parse(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            decimal? Side(Metric m, int i) => root.TryGetProperty(m.ToString(), out var v) && v.ValueKind == JsonValueKind.Array
                && v[i].ValueKind == JsonValueKind.Number ? v[i].GetDecimal() : null;
            Amounts Of(int i) => new(Side(Metric.Output, i) ?? 0, Side(Metric.Revenue, i) ?? 0, Side(Metric.Profit, i) ?? 0,
                Side(Metric.Tax, i) ?? 0, Side(Metric.Electricity, i) ?? 0, Side(Metric.RnD, i) ?? 0, Side(Metric.ValueAdded, i));
            var kind = Enum.TryParse<ReportInputKind>(root.GetProperty("InputKind").GetString(), out var k) ? k : ReportInputKind.YearToDate;
            return new ReportSnapshot(kind, Of(0), Of(1), root.GetProperty(nameof(Metric.Employees)).GetInt32());
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>What changed, in Chinese: "工业总产值 当月 100 → 120，本年累计 1,100 → 1,120；填报口径 当月 → 本年累计".</summary>
    public static string Describe(ReportSnapshot before, ReportSnapshot after)
    {
        var parts = new List<string>();
        foreach (var m in Amounts.Summing)
        {
            var sides = new List<string>();
            if (before.Monthly[m] != after.Monthly[m])
            {
                sides.Add($"当月 {Text(before.Monthly[m])} → {Text(after.Monthly[m])}");
            }
            if (before.Ytd[m] != after.Ytd[m])
            {
                sides.Add($"本年累计 {Text(before.Ytd[m])} → {Text(after.Ytd[m])}");
            }
            if (sides.Count > 0)
            {
                parts.Add($"{StatisticsLabels.Of(m)} {string.Join("，", sides)}");
            }
        }
        if (before.Employees != after.Employees)
        {
            parts.Add($"从业人员 {before.Employees} → {after.Employees}");
        }
        if (before.Kind != after.Kind)
        {
            parts.Add($"填报口径 {StatisticsLabels.Of(before.Kind)} → {StatisticsLabels.Of(after.Kind)}");
        }
        return parts.Count == 0 ? "数值未变" : string.Join("；", parts);
    }

    private static string Text(decimal? value) => value is { } v ? StatisticsLabels.Number(v) : "—";
}
