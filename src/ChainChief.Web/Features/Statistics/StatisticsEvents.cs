namespace ChainChief.Web.Features.Statistics;

/// <summary>
/// Told after monthly reports are committed (upload, self-report, API, correction, demo). Implementations react:
/// the alert run re-evaluates the periods, the cockpit drops its cached figures. Run in registration order, after the
/// writer's transaction, so a failing reaction never undoes the reports.
/// </summary>
public interface IReportsWritten
{
    Task OnReportsWrittenAsync(IReadOnlyCollection<int> periods, CancellationToken ct);
}

/// <summary>
/// A counter bumped whenever reports change, so caches of aggregated figures know they are stale. In-process: the
/// platform runs as one instance per city (see docs/decisions).
/// </summary>
public sealed class StatisticsVersion : IReportsWritten
{
    private long value;

    public long Current => Interlocked.Read(ref value);

    public Task OnReportsWrittenAsync(IReadOnlyCollection<int> periods, CancellationToken ct)
    {
        Interlocked.Increment(ref value);
        return Task.CompletedTask;
    }
}
