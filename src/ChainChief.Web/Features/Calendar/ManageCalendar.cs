using System.ComponentModel.DataAnnotations;
using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Calendar;

public sealed class CalendarDayInput
{
    public CalendarDayKind Kind { get; set; }

    [Required(ErrorMessage = "请填写节假日名称"), StringLength(50, ErrorMessage = "名称不超过50个字")]
    public string Name { get; set; } = "";

    /// <summary>The version read, when changing an existing day; a stale one is a 409.</summary>
    public int? Version { get; set; }
}

/// <summary>The holiday calendar's days off and 调休 working weekends: list a year, set or remove a day.</summary>
public sealed class ManageCalendar(IDbContextFactory<AppDbContext> dbs, CalendarProvider provider)
{
    public sealed record Row(DateOnly Date, CalendarDayKind Kind, string Name, int Version);

    public sealed record Year(int Value, bool Covered, int Holidays, int Workdays, int WorkingDays, IReadOnlyList<Row> Days);

    public async Task<Year> ListAsync(int year, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var days = await db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date)
            .Select(d => new Row(d.Date, d.Kind, d.Name, d.Version)).ToListAsync(ct);
        var calendar = await provider.GetAsync(ct);
        return new Year(year, days.Count > 0, days.Count(d => d.Kind == CalendarDayKind.Holiday), days.Count(d => d.Kind == CalendarDayKind.Workday),
            calendar.WorkingDaysBetween(from.AddDays(-1), to), days);
    }

    public async Task<Row> SaveAsync(DateOnly date, CalendarDayInput input, Actor actor, CancellationToken ct)
    {
        if (date.Year is < 2000 or > 2100)
        {
            throw new InputException("date", "日期应在2000年至2100年之间");
        }
        if (input.Kind == CalendarDayKind.Workday && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            throw new InputException(nameof(input.Kind), $"{date:yyyy-MM-dd}是工作日，调休上班日应为周六或周日");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var day = await db.CalendarDays.SingleOrDefaultAsync(d => d.Date == date, ct);
        if (day is null)
        {
            day = db.CalendarDays.Add(new CalendarDay { Date = date }).Entity;
        }
        else if (input.Version is { } version)
        {
            db.Entry(day).Property(d => d.Version).OriginalValue = version;
        }
        day.Kind = input.Kind;
        day.Name = input.Name.Trim();
        await db.SaveChangesAsync(ct);
        provider.Invalidate();
        return new Row(day.Date, day.Kind, day.Name, day.Version);
    }

    public async Task<bool> DeleteAsync(DateOnly date, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        if (await db.CalendarDays.SingleOrDefaultAsync(d => d.Date == date, ct) is not { } day)
        {
            return false;
        }
        db.CalendarDays.Remove(day);
        await db.SaveChangesAsync(ct);
        provider.Invalidate();
        return true;
    }
}
