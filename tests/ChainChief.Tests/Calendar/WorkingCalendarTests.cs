using ChainChief.Web.Features.Calendar;

namespace ChainChief.Tests.Calendar;

/// <summary>Working-day deadlines on the shipped 2025/2026 State Council arrangements, counted by hand from the notices.</summary>
public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Shipped = new(CalendarSeeder.Read().Select(d => (d.Date, d.Kind)), new TimeOnly(17, 30));

    private static DateTime At(int y, int m, int d, int h, int min = 0) => new(y, m, d, h, min, 0);

    [Theory]
    // 2026 春节: Sat 2/14 is worked (调休), 2/15–2/23 off, Sat 2/28 worked.
    [InlineData("2026-02-13 10:00", 3, "2026-02-25 17:30")] // 2/14, 2/24, 2/25
    [InlineData("2026-02-13 18:00", 3, "2026-02-26 17:30")] // after hours: received Sat 2/14 (worked) → 2/24, 2/25, 2/26
    [InlineData("2026-02-22 09:00", 0, "2026-02-24 17:30")] // a holiday Sunday, same-day rule: next working day
    [InlineData("2026-02-26 09:00", 2, "2026-02-28 17:30")] // Fri 2/27, Sat 2/28 (调休上班)
    // 2025 春节: Sun 1/26 worked, 1/28–2/4 off, Sat 2/8 worked. 复杂 = 15 working days.
    [InlineData("2025-01-24 16:00", 15, "2025-02-20 17:30")]
    // 2025 国庆·中秋: Sun 9/28 worked, 10/1–10/8 off, Sat 10/11 worked.
    [InlineData("2025-09-28 09:00", 1, "2025-09-29 17:30")] // received on a 调休 Sunday: that day counts as received
    [InlineData("2025-09-30 10:00", 3, "2025-10-11 17:30")] // 10/9, 10/10, Sat 10/11
    // 2026 国庆: 10/1–10/7 off, Sat 10/10 worked. One minute before and at close of business.
    [InlineData("2026-09-30 17:29", 3, "2026-10-10 17:30")]
    [InlineData("2026-09-30 17:30", 3, "2026-10-12 17:30")] // received 10/8 → 10/9, Sat 10/10, Mon 10/12
    // An ordinary weekend.
    [InlineData("2026-11-20 17:45", 3, "2026-11-26 17:30")] // received Mon 11/23 → 11/24, 11/25, 11/26
    [InlineData("2026-11-23 09:00", 0, "2026-11-23 17:30")] // 不过夜: sign in by close of business the same day
    [InlineData("2026-12-31 12:00", 30, "2027-02-11 17:30")] // 2027 not entered yet: only weekends are known
    public void Deadline_counts_working_days_from_the_receipt_day(string received, int days, string expected)
    {
        var at = DateTime.Parse(received, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Shipped.Deadline(at, days));
    }

    [Fact]
    public void Each_shipped_year_has_248_working_days_and_2027_is_not_covered()
    {
        Assert.Equal(248, Shipped.WorkingDaysBetween(new DateOnly(2024, 12, 31), new DateOnly(2025, 12, 31)));
        Assert.Equal(248, Shipped.WorkingDaysBetween(new DateOnly(2025, 12, 31), new DateOnly(2026, 12, 31)));
        Assert.True(Shipped.Covers(2025) && Shipped.Covers(2026));
        Assert.False(Shipped.Covers(2027));
    }

    [Fact]
    public void Adjusted_weekends_are_worked_and_folded_weekdays_are_not()
    {
        Assert.True(Shipped.IsWorkingDay(new DateOnly(2026, 2, 14)));   // Saturday, 春节调休上班
        Assert.False(Shipped.IsWorkingDay(new DateOnly(2026, 2, 23)));  // Monday, 春节
        Assert.False(Shipped.IsWorkingDay(new DateOnly(2026, 2, 21)));  // Saturday inside the holiday
        Assert.True(Shipped.IsWorkingDay(new DateOnly(2026, 3, 2)));    // an ordinary Monday
        Assert.False(Shipped.IsWorkingDay(new DateOnly(2026, 3, 7)));   // an ordinary Saturday
    }

    [Fact]
    public void Working_days_between_counts_lateness_in_both_directions()
    {
        // Due Fri 2026-02-13; done Tue 2/24: Sat 2/14 (worked) and Tue 2/24 → two working days late.
        Assert.Equal(2, Shipped.WorkingDaysBetween(new DateOnly(2026, 2, 13), new DateOnly(2026, 2, 24)));
        Assert.Equal(-2, Shipped.WorkingDaysBetween(new DateOnly(2026, 2, 24), new DateOnly(2026, 2, 13)));
        Assert.Equal(0, Shipped.WorkingDaysBetween(new DateOnly(2026, 2, 15), new DateOnly(2026, 2, 23)));
    }

    [Fact]
    public void An_official_edit_moves_the_deadline()
    {
        // A city adds a local day off on Wed 2026-11-25: the 3-day deadline from Mon 11/23 moves from Thu to Fri.
        var edited = new WorkingCalendar(CalendarSeeder.Read().Select(d => (d.Date, d.Kind)).Append((new DateOnly(2026, 11, 25), CalendarDayKind.Holiday)),
            new TimeOnly(17, 30));
        Assert.Equal(At(2026, 11, 26, 17, 30), Shipped.Deadline(At(2026, 11, 23, 9), 3));
        Assert.Equal(At(2026, 11, 27, 17, 30), edited.Deadline(At(2026, 11, 23, 9), 3));
    }
}
