namespace ChainChief.Web.Infrastructure.Jobs;

/// <summary>
/// A job that looks at the clock and acts on what has come due (escalating overdue appeals, stalled leads). Passes
/// keep their state in the database, so running one twice, or after a restart, does nothing new.
/// </summary>
public interface IScheduledPass
{
    /// <summary>One pass as of <paramref name="utcNow"/>; returns how many things it did.</summary>
    Task<int> RunPassAsync(DateTime utcNow, CancellationToken ct);
}
