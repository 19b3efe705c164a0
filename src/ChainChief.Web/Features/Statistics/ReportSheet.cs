using System.Globalization;

namespace ChainChief.Web.Features.Statistics;

/// <summary>
/// The statistics bureau's enterprise table as the upload reads it: Chinese column headers (half- or full-width brackets,
/// any order, extra columns ignored), one firm and month per row, several months per file allowed.
/// </summary>
public static class ReportSheet
{
    public const string CreditCode = "统一社会信用代码";
    public const string Name = "企业名称";
    public const string Period = "统计期";
    public const string Kind = "填报口径";
    public const string Output = "工业总产值（万元）";
    public const string Revenue = "营业收入（万元）";
    public const string Profit = "利润总额（万元）";
    public const string Tax = "实缴税金（万元）";
    public const string Electricity = "用电量（万千瓦时）";
    public const string RnD = "研发费用（万元）";
    public const string ValueAdded = "工业增加值（万元）";
    public const string Employees = "从业人员（人）";

    /// <summary>In template order. 企业名称 is for reading only.</summary>
    public static readonly string[] Columns = [CreditCode, Name, Period, Kind, Output, Revenue, Profit, Tax, Electricity, RnD, ValueAdded, Employees];

    public static readonly IReadOnlyDictionary<ReportField, string> ColumnOf = new Dictionary<ReportField, string>
    {
        [ReportField.CreditCode] = CreditCode, [ReportField.Period] = Period, [ReportField.InputKind] = Kind,
        [ReportField.Output] = Output, [ReportField.Revenue] = Revenue, [ReportField.Profit] = Profit, [ReportField.Tax] = Tax,
        [ReportField.Electricity] = Electricity, [ReportField.RnD] = RnD, [ReportField.ValueAdded] = ValueAdded,
        [ReportField.Employees] = Employees, [ReportField.Version] = "版本",
    };

    /// <summary>Columns a file must have; 企业名称, 填报口径 (default 本年累计) and 工业增加值 may be left out.</summary>
    public static readonly string[] Required = [CreditCode, Period, Output, Revenue, Profit, Tax, Electricity, RnD, Employees];

    public sealed record Parsed(List<ReportLine> Lines, List<ReportIssue> Issues, IReadOnlyList<string> MissingColumns);

    /// <summary>Parses the header row and the rows below it (sheet row numbers start at 2). Blank rows are skipped.</summary>
    public static Parsed Parse(IEnumerable<string[]> table)
    {
        var lines = new List<ReportLine>();
        var issues = new List<ReportIssue>();
        using var rows = table.GetEnumerator();
        if (!rows.MoveNext())
        {
            return new Parsed(lines, issues, Required);
        }
        var index = new Dictionary<string, int>();
        for (var i = 0; i < rows.Current.Length; i++)
        {
            index.TryAdd(Normalize(rows.Current[i]), i);
        }
        var missing = Required.Where(c => !index.ContainsKey(Normalize(c))).ToList();
        if (missing.Count > 0)
        {
            return new Parsed(lines, issues, missing);
        }
        var at = Columns.ToDictionary(c => c, c => index.GetValueOrDefault(Normalize(c), -1));
        var rowNumber = 1;
        while (rows.MoveNext())
        {
            rowNumber++;
            var cells = rows.Current;
            if (Array.TrueForAll(cells, string.IsNullOrEmpty))
            {
                continue;
            }
            string Cell(string column) => at[column] is var i && i >= 0 && i < cells.Length ? cells[i] : "";
            lines.Add(ParseRow(rowNumber, Cell, issues));
        }
        return new Parsed(lines, issues, []);
    }

    private static ReportLine ParseRow(int row, Func<string, string> cell, List<ReportIssue> issues)
    {
        var unreadable = new HashSet<ReportField>();
        decimal? Number(string column, ReportField field, bool integer = false)
        {
            var text = cell(column).Replace(",", "", StringComparison.Ordinal);
            if (text == "")
            {
                return null;
            }
            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && (!integer || value == decimal.Truncate(value)))
            {
                return integer ? value : Amounts.R(value);
            }
            unreadable.Add(field);
            issues.Add(new(row, field, integer ? $"“{cell(column)}”不是整数" : $"“{cell(column)}”不是数字"));
            return null;
        }
        var periodText = cell(Period);
        var period = ParsePeriod(periodText);
        if (period is null && periodText != "")
        {
            unreadable.Add(ReportField.Period);
            issues.Add(new(row, ReportField.Period, $"“{periodText}”不是统计期，格式为 YYYYMM，如 202610"));
        }
        var kind = StatisticsLabels.ParseKind(cell(Kind));
        if (kind is null)
        {
            issues.Add(new(row, ReportField.InputKind, $"“{cell(Kind)}”无法识别，应填“本年累计”或“当月”"));
        }
        return new ReportLine
        {
            Row = row, CreditCode = cell(CreditCode).ToUpperInvariant(), Period = period, Kind = kind ?? ReportInputKind.YearToDate,
            Output = Number(Output, ReportField.Output), Revenue = Number(Revenue, ReportField.Revenue),
            Profit = Number(Profit, ReportField.Profit), Tax = Number(Tax, ReportField.Tax),
            Electricity = Number(Electricity, ReportField.Electricity), RnD = Number(RnD, ReportField.RnD),
            ValueAdded = Number(ValueAdded, ReportField.ValueAdded), Employees = Number(Employees, ReportField.Employees, integer: true),
            Unreadable = unreadable.Count > 0 ? unreadable : null,
        };
    }

    /// <summary>202610, 2026-10, 2026年10月, or a date cell of that month (Excel turns "2026-10" into 2026-10-01).</summary>
    public static int? ParsePeriod(string text)
    {
        if (Periods.Parse(text) is { } p)
        {
            return p;
        }
        return DateTime.TryParseExact(text, ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? Periods.Of(d.Year, d.Month)
            : null;
    }

    /// <summary>Headers match whatever brackets and spaces the file uses: 工业总产值(万元) = 工业总产值（万元）.</summary>
    private static string Normalize(string header) => header.Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal)
        .Replace('(', '（').Replace(')', '）').Trim();

    /// <summary>One report as a template row (header → value), for the benchmark's and tests' files and the template's example.</summary>
    public static Dictionary<string, object?> ToRow(string creditCode, string name, int period, ReportInputKind kind, Amounts given, int employees) => new()
    {
        [CreditCode] = creditCode, [Name] = name, [Period] = period, [Kind] = StatisticsLabels.Of(kind),
        [Output] = given.Output, [Revenue] = given.Revenue, [Profit] = given.Profit, [Tax] = given.Tax,
        [Electricity] = given.Electricity, [RnD] = given.RnD, [ValueAdded] = given.ValueAdded, [Employees] = employees,
    };
}
