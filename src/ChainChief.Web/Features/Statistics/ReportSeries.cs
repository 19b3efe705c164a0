namespace ChainChief.Web.Features.Statistics;

/// <summary>
/// Derives the side a firm did not report, across one year of its reports (pure). 本年累计 input: 当月 = this
/// year-to-date − the previous reported month's year-to-date (January, or the first report of the year: 当月 =
/// year-to-date). 当月 input: 本年累计 = the previous year-to-date + 当月. A gap is not filled in: the next report's 当月
/// covers the missing months too (<see cref="Derived.Months"/> says how many). 从业人员 is a month-end stock and is
/// taken as given. 利润总额 may be negative. Re-deriving from a corrected month onwards keeps each later month's own
/// input (its year-to-date or its 当月) and changes its other side.
/// </summary>
public static class ReportSeries
{
    /// <summary>One month as reported: the kind of figures given and the figures.</summary>
    public sealed record Entry(int Period, ReportInputKind Kind, Amounts Given, int Employees);

    /// <summary>The year-to-date of the last month before the derived ones that is kept as it is.</summary>
    public sealed record Opening(int Period, Amounts Ytd);

    /// <summary>Both sides of a month; <see cref="Months"/> is how many months its 当月 figures cover (1 unless after a gap
    /// or the first report of a year that is not January).</summary>
    public sealed record Derived(int Period, ReportInputKind Kind, Amounts Monthly, Amounts Ytd, int Employees, int Months);

    /// <param name="entries">Months of one year in period order.</param>
    /// <param name="opening">The kept month just before <paramref name="entries"/>, if the year has one.</param>
    public static List<Derived> Derive(IReadOnlyList<Entry> entries, Opening? opening = null)
    {
        Check(entries, opening);
        var result = new List<Derived>(entries.Count);
        var lastMonth = opening is null ? 0 : Periods.Month(opening.Period);
        var lastYtd = opening?.Ytd ?? Amounts.Zero;
        // 工业增加值 is optional: a month without it neither resets nor advances its year-to-date.
        var lastValueAddedYtd = opening?.Ytd.ValueAdded;
        foreach (var e in entries)
        {
            var previous = lastYtd with { ValueAdded = lastValueAddedYtd ?? 0 };
            Amounts monthly, ytd;
            if (e.Kind == ReportInputKind.YearToDate)
            {
                ytd = e.Given;
                monthly = e.Given - previous;
            }
            else
            {
                monthly = e.Given;
                ytd = previous + e.Given;
            }
            if (e.Given.ValueAdded is null)
            {
                (monthly, ytd) = (monthly with { ValueAdded = null }, ytd with { ValueAdded = null });
            }
            var month = Periods.Month(e.Period);
            result.Add(new Derived(e.Period, e.Kind, monthly, ytd, e.Employees, month - lastMonth));
            lastMonth = month;
            lastYtd = ytd;
            lastValueAddedYtd = ytd.ValueAdded ?? lastValueAddedYtd;
        }
        return result;
    }

    private static void Check(IReadOnlyList<Entry> entries, Opening? opening)
    {
        var previous = opening?.Period;
        foreach (var e in entries)
        {
            if (previous is { } p && (e.Period <= p || Periods.Year(e.Period) != Periods.Year(p)))
            {
                throw new ArgumentException($"Months must be of one year in ascending order: {p} then {e.Period}.", nameof(entries));
            }
            previous = e.Period;
        }
    }
}
