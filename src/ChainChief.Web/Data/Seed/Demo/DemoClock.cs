using ChainChief.Web.Infrastructure;

namespace ChainChief.Web.Data.Seed.Demo;

/// <summary>
/// The clock the demo's history is written on: the real use cases run against it, set to each step's moment in the past,
/// so the demo's deadlines, history and notifications are exactly what the platform would have produced.
/// </summary>
public sealed class DemoClock(DateTime utcNow) : TimeProvider
{
    /// <summary>The real moment the demo is generated; nothing is written after it.</summary>
    public DateTime RealNow { get; } = utcNow;

    public DateTime Utc { get; private set; } = utcNow;

    public override DateTimeOffset GetUtcNow() => new(Utc, TimeSpan.Zero);

    /// <summary>Sets the clock to a Beijing wall-clock moment (never past the real now).</summary>
    public DateTime At(DateOnly day, int hour, int minute = 0)
    {
        var utc = day.ToDateTime(new TimeOnly(hour, minute)).FromChinaTime();
        Utc = utc < RealNow ? utc : RealNow;
        return Utc;
    }

    /// <summary>Sets the clock a number of minutes from the real now (negative: before it).</summary>
    public DateTime Minutes(int minutes) => Utc = RealNow.AddMinutes(Math.Min(0, minutes));

    /// <summary>Moves the clock to just after <paramref name="last"/> if it stands at or before it (steps of one story stay in order).</summary>
    public DateTime After(DateTime last)
    {
        if (Utc <= last)
        {
            Utc = last.AddMinutes(7) < RealNow ? last.AddMinutes(7) : RealNow;
        }
        return Utc;
    }

    public void Reset() => Utc = RealNow;
}
