namespace ChainChief.Web.Features.Statistics;

/// <summary>YYYYMM period arithmetic.</summary>
public static class Periods
{
    public static int Of(int year, int month) => year * 100 + month;

    public static int Of(DateOnly day) => Of(day.Year, day.Month);

    public static int Year(int period) => period / 100;

    public static int Month(int period) => period % 100;

    public static bool IsValid(int period) => Year(period) is >= 2000 and <= 2100 && Month(period) is >= 1 and <= 12;

    public static int AddMonths(int period, int months)
    {
        var index = Year(period) * 12 + Month(period) - 1 + months;
        return Of(index / 12, index % 12 + 1);
    }

    /// <summary>The same month a year earlier (同期).</summary>
    public static int YearAgo(int period) => period - 100;

    public static int Previous(int period) => AddMonths(period, -1);

    /// <summary>"2026年10月"</summary>
    public static string Label(int period) => $"{Year(period)}年{Month(period)}月";

    /// <summary>Parses 202610, "2026-10", "2026/10" or "2026年10月".</summary>
    public static int? Parse(string? text)
    {
        var digits = new string((text ?? "").Where(char.IsDigit).ToArray());
        if (digits.Length == 6 && int.TryParse(digits, out var p) && IsValid(p))
        {
            return p;
        }
        if (digits.Length == 5 && int.TryParse(digits[..4], out var y) && int.TryParse(digits[4..], out var m) && IsValid(Of(y, m)))
        {
            return Of(y, m);
        }
        return null;
    }

    /// <summary>Periods from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    public static IEnumerable<int> Range(int from, int to)
    {
        for (var p = from; p <= to; p = AddMonths(p, 1))
        {
            yield return p;
        }
    }
}
