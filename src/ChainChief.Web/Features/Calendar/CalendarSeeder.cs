using System.Globalization;
using System.Reflection;
using ChainChief.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Calendar;

/// <summary>
/// Ships the official 2025 and 2026 arrangements (Data/Seed/Reference/cn-holidays.csv). A year is loaded only when it has
/// no rows yet, so officials' corrections and deletions survive restarts.
/// </summary>
public sealed class CalendarSeeder(IDbContextFactory<AppDbContext> dbs, CalendarProvider provider)
{
    public async Task<int> SeedAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(Infrastructure.Auth.Actor.System);
        var shipped = Read();
        var present = (await db.CalendarDays.Select(d => d.Date).ToListAsync(ct)).Select(d => d.Year).ToHashSet();
        var added = shipped.Where(d => !present.Contains(d.Date.Year)).ToList();
        db.CalendarDays.AddRange(added);
        await db.SaveChangesAsync(ct);
        provider.Invalidate();
        return added.Count;
    }

    public static IReadOnlyList<CalendarDay> Read()
    {
        var asm = Assembly.GetExecutingAssembly();
        var name = asm.GetManifestResourceNames().Single(n => n.EndsWith(".cn-holidays.csv", StringComparison.Ordinal));
        using var reader = new StreamReader(asm.GetManifestResourceStream(name)!);
        reader.ReadLine(); // date,kind,name
        var days = new List<CalendarDay>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var cells = line.Split(',');
            days.Add(new CalendarDay
            {
                Date = DateOnly.ParseExact(cells[0], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Kind = cells[1] == "workday" ? CalendarDayKind.Workday : CalendarDayKind.Holiday,
                Name = cells[2],
            });
        }
        return days;
    }
}
