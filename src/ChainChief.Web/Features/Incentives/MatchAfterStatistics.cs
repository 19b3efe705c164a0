using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;

namespace ChainChief.Web.Features.Incentives;

/// <summary>
/// Runs the matching again after monthly statistics are written, when they touch the years the facts are read from
/// (last year, and the year before for growth): a late December upload or a correction can make a firm eligible.
/// Uploads that come in a burst share one run: while a run waits for its turn, further uploads add none.
/// </summary>
public sealed class MatchAfterStatistics(MatchingJobs matching, TimeProvider clock) : IReportsWritten
{
    private int queued;

    public Task OnReportsWrittenAsync(IReadOnlyCollection<int> periods, CancellationToken ct)
    {
        var factYear = PolicyScope.FactYear(clock.Today());
        if (periods.Any(p => p / 100 == factYear || p / 100 == factYear - 1) && Interlocked.CompareExchange(ref queued, 1, 0) == 0)
        {
            matching.Start("", MatchTrigger.Statistics, Actor.System, onTurn: () => Interlocked.Exchange(ref queued, 0));
        }
        return Task.CompletedTask;
    }
}
