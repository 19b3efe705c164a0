namespace ChainChief.Web.Infrastructure;

public static class ClockExtensions
{
    /// <summary>China Standard Time has no daylight saving; business dates are Beijing dates whatever the server zone.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateOnly Today(this TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ChinaOffset).DateTime);

    /// <summary>Beijing wall-clock time now (what working hours and the holiday calendar are in).</summary>
    public static DateTime ChinaNow(this TimeProvider clock) => clock.GetUtcNow().ToOffset(ChinaOffset).DateTime;

    /// <summary>A Beijing wall-clock time as UTC, for storing.</summary>
    public static DateTime FromChinaTime(this DateTime china) => DateTime.SpecifyKind(china - ChinaOffset, DateTimeKind.Utc);

    public static DateTime ToChinaTime(this DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(ChinaOffset);
}
