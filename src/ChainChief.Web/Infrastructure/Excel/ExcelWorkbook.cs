using MiniExcelLibs;

namespace ChainChief.Web.Infrastructure.Excel;

/// <summary>Thin wrapper over MiniExcel: streaming xlsx that Excel and WPS open.</summary>
public static class ExcelWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Writes sheets of ordered rows (column header → value) to a new in-memory xlsx.</summary>
    public static async Task<byte[]> WriteAsync(IReadOnlyDictionary<string, IEnumerable<IDictionary<string, object?>>> sheets, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        var data = sheets.ToDictionary(s => s.Key, s => (object)s.Value);
        await stream.SaveAsAsync(data, cancellationToken: ct);
        return stream.ToArray();
    }

    /// <summary>A workbook of one sheet.</summary>
    public static Task<byte[]> WriteSheetAsync(string name, IEnumerable<IDictionary<string, object?>> rows, CancellationToken ct) =>
        WriteAsync(new Dictionary<string, IEnumerable<IDictionary<string, object?>>> { [name] = rows }, ct);

    /// <summary>One sheet row from (header, value) pairs in column order.</summary>
    public static Dictionary<string, object?> Row(params (string Column, object? Value)[] cells) => cells.ToDictionary(c => c.Column, c => c.Value);

    /// <summary>Names of the sheets in workbook order.</summary>
    public static IReadOnlyList<string> SheetNames(Stream stream) => stream.GetSheetNames();

    /// <summary>Rows of the named (or first) sheet keyed by the header row's text; every value as trimmed text ("" when empty).</summary>
    public static List<Dictionary<string, string>> ReadRows(Stream stream, string? sheetName = null)
    {
        var rows = new List<Dictionary<string, string>>();
        foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: true, sheetName: sheetName))
        {
            rows.Add(row.ToDictionary(c => c.Key.Trim(), c => CellText(c.Value)));
        }
        return rows;
    }

    /// <summary>
    /// Cells of the named (or first) sheet by position, header row first, every value as trimmed text. Streams row by
    /// row, so a province's sheet is never held as dictionaries.
    /// </summary>
    public static IEnumerable<string[]> ReadTable(Stream stream, string? sheetName = null)
    {
        foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false, sheetName: sheetName))
        {
            var cells = new string[row.Count];
            var i = 0;
            foreach (var value in row.Values)
            {
                cells[i++] = CellText(value);
            }
            yield return cells;
        }
    }

    /// <summary>True when the bytes start like an xlsx (a zip archive) rather than text.</summary>
    public static bool LooksLikeWorkbook(ReadOnlySpan<byte> start) => start.StartsWith("PK\u0003\u0004"u8);

    private static string CellText(object? value) => value switch
    {
        null => "",
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : d.ToString("s", System.Globalization.CultureInfo.InvariantCulture),
        double x => x.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture),
        decimal m => m.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)?.Trim() ?? "",
    };
}
