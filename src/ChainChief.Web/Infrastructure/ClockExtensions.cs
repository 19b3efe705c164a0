namespace ChainChief.Web.Infrastructure;

public static class ClockExtensions
{
    /// <summary>China Standard Time has no daylight saving; business dates are Beijing dates whatever the server zone.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateOnly Today(this TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ChinaOffset).DateTime);

    public static DateTime ToChinaTime(this DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(ChinaOffset);
}
