using System.Globalization;

namespace ChainChief.Web.Features.Dispatch;

/// <summary>How a column of the 月调度 (monthly dispatch) report is shown: Word and the page format it, Excel keeps the number.</summary>
public enum CellFormat
{
    Text,
    /// <summary>亿元 with two decimals (converted from 万元 when the table is built).</summary>
    Amount,
    /// <summary>A percentage, one decimal; "—" when not comparable.</summary>
    Percent,
    /// <summary>Percentage points (拉动, gap to time progress), signed.</summary>
    Points,
    Count,
}

public sealed record DispatchColumn(string Header, CellFormat Format = CellFormat.Text);

/// <summary>A row; <see cref="Href"/> is the page behind it (the drill-down), <see cref="IsTotal"/> marks the 合计 row.</summary>
public sealed record DispatchRow(IReadOnlyList<object?> Cells, string? Href = null, bool IsTotal = false);

public sealed record DispatchTable(string Key, string Title, IReadOnlyList<DispatchColumn> Columns, IReadOnlyList<DispatchRow> Rows, string? Note = null)
{
    /// <summary>A cell as the document shows it.</summary>
    public string Text(DispatchRow row, int column) => DispatchFormat.Text(column < row.Cells.Count ? row.Cells[column] : null, Columns[column].Format);
}

/// <summary>
/// The 月调度 report of one month for the actor's scope: a summary paragraph for the meeting and the tables — the whole
/// area's indicators, chains × metrics, counties × metrics, targets against time progress, firms on alert.
/// </summary>
public sealed record DispatchReport(int Period, string Scope, string Title, IReadOnlyList<string> Summary, IReadOnlyList<DispatchTable> Tables, DateTime GeneratedAt);

public static class DispatchFormat
{
    public static string Text(object? value, CellFormat format) => value switch
    {
        null => "—",
        decimal d => format switch
        {
            CellFormat.Amount => d.ToString("N2", CultureInfo.InvariantCulture),
            CellFormat.Percent => d.ToString("0.0", CultureInfo.InvariantCulture),
            CellFormat.Points => d.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture),
            CellFormat.Count => d.ToString("N0", CultureInfo.InvariantCulture),
            _ => d.ToString(CultureInfo.InvariantCulture),
        },
        int i => i.ToString("N0", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>万元 → 亿元, rounded for the document.</summary>
    public static decimal Yi(decimal wan) => Math.Round(wan / 10000m, 2, MidpointRounding.AwayFromZero);

    /// <summary>"增长12.3%" / "下降4.5%" / "持平" / "不可比" as the meeting text says it.</summary>
    public static string Change(decimal? percent) => percent switch
    {
        null => "同比不可比",
        > 0 => $"同比增长{percent.Value.ToString("0.0", CultureInfo.InvariantCulture)}%",
        < 0 => $"同比下降{(-percent.Value).ToString("0.0", CultureInfo.InvariantCulture)}%",
        _ => "与上年同期持平",
    };
}
