namespace ChainChief.Web.Features.Calendar;

/// <summary>
/// Working-day arithmetic over the holiday calendar, pure. A day is worked when it is Monday–Friday and not a holiday,
/// or a weekend day marked 调休上班. Something received after close of business, or on a day off, counts as received on
/// the next working day; "N 个工作日内" then ends at close of business on the N-th working day after that, and the
/// same-day rule (不过夜, N = 0) ends at close of business on the receipt day itself.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly IReadOnlyDictionary<DateOnly, CalendarDayKind> exceptions;
    private readonly HashSet<int> years;

    public WorkingCalendar(IEnumerable<(DateOnly Date, CalendarDayKind Kind)> days, TimeOnly closeOfBusiness)
    {
        exceptions = days.ToDictionary(d => d.Date, d => d.Kind);
        years = [.. exceptions.Keys.Select(d => d.Year)];
        CloseOfBusiness = closeOfBusiness;
    }

    /// <summary>下班时间: a submission at or after it counts from the next working day.</summary>
    public TimeOnly CloseOfBusiness { get; }

    /// <summary>Whether the year's holiday arrangement has been entered; outside it only weekends are known.</summary>
    public bool Covers(int year) => years.Contains(year);

    public bool IsWorkingDay(DateOnly day) => exceptions.TryGetValue(day, out var kind)
        ? kind == CalendarDayKind.Workday
        : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The first working day strictly after <paramref name="day"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly day)
    {
        do
        {
            day = day.AddDays(1);
        }
        while (!IsWorkingDay(day));
        return day;
    }

    /// <summary>The working day a submission at <paramref name="at"/> (local time) counts as received.</summary>
    public DateOnly ReceiptDay(DateTime at)
    {
        var day = DateOnly.FromDateTime(at);
        return IsWorkingDay(day) && TimeOnly.FromDateTime(at) < CloseOfBusiness ? day : NextWorkingDay(day);
    }

    /// <summary>The <paramref name="workingDays"/>-th working day after <paramref name="day"/> (0: the day itself).</summary>
    public DateOnly AddWorkingDays(DateOnly day, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        for (var i = 0; i < workingDays; i++)
        {
            day = NextWorkingDay(day);
        }
        return day;
    }

    /// <summary>Close of business on the N-th working day after the receipt day; N = 0 is the same-day (不过夜) deadline.</summary>
    public DateTime Deadline(DateTime receivedAt, int workingDays) =>
        AddWorkingDays(ReceiptDay(receivedAt), workingDays).ToDateTime(CloseOfBusiness);

    /// <summary>Working days in (<paramref name="from"/>, <paramref name="to"/>]: how many a task took, or is late by.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var (start, end, sign) = from <= to ? (from, to, 1) : (to, from, -1);
        var count = 0;
        for (var d = start.AddDays(1); d <= end; d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                count++;
            }
        }
        return count * sign;
    }
}
