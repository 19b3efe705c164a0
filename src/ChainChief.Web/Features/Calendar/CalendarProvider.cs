using System.ComponentModel.DataAnnotations;
using ChainChief.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChainChief.Web.Features.Calendar;

public sealed class CalendarOptions
{
    public const string Section = "Calendar";

    /// <summary>下班时间 (HH:mm): a submission at or after it counts from the next working day.</summary>
    [RegularExpression(@"^([01]\d|2[0-3]):[0-5]\d$")]
    public string CloseOfBusiness { get; set; } = "17:30";
}

/// <summary>The working calendar, read once from the database and kept until an official edits a day.</summary>
public sealed class CalendarProvider(IDbContextFactory<AppDbContext> dbs, IOptions<CalendarOptions> options)
{
    private volatile WorkingCalendar? current;

    public async Task<WorkingCalendar> GetAsync(CancellationToken ct)
    {
        if (current is { } calendar)
        {
            return calendar;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var days = await db.CalendarDays.AsNoTracking().Select(d => new { d.Date, d.Kind }).ToListAsync(ct);
        return current = new WorkingCalendar(days.Select(d => (d.Date, d.Kind)), TimeOnly.Parse(options.Value.CloseOfBusiness, System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Invalidate() => current = null;
}
