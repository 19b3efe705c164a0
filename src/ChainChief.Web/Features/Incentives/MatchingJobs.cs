using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Jobs;

namespace ChainChief.Web.Features.Incentives;

/// <summary>
/// Matching runs as background jobs with progress, so an officer can start one and leave. Runs take turns (one at a
/// time in the process): two runs writing the same region's matches at once would collide on their keys.
/// </summary>
public sealed class MatchingJobs(BackgroundJobs jobs)
{
    public const string Kind = "policy-matching";
    private static readonly SemaphoreSlim Turn = new(1, 1);

    /// <summary>Starts a run in the background; <c>onTurn</c> is called when its turn comes, before it reads anything.</summary>
    public Job<RunMatching.Outcome> Start(string region, MatchTrigger trigger, Actor actor, Action? onTurn = null) =>
        jobs.Start<RunMatching.Outcome>(Kind, actor.UserId, region, async (services, job, ct) =>
        {
            await Turn.WaitAsync(ct);
            try
            {
                onTurn?.Invoke();
                return await services.GetRequiredService<RunMatching>().HandleAsync(region, trigger, actor, job.ProgressOf<JobProgress>(p => p), ct);
            }
            finally
            {
                Turn.Release();
            }
        });

    /// <summary>Runs a match now, in turn with background ones (the API's synchronous call, the demo).</summary>
    public static async Task<RunMatching.Outcome> RunNowAsync(RunMatching run, string region, MatchTrigger trigger, Actor actor, CancellationToken ct)
    {
        await Turn.WaitAsync(ct);
        try
        {
            return await run.HandleAsync(region, trigger, actor, null, ct);
        }
        finally
        {
            Turn.Release();
        }
    }

    public IReadOnlyList<Job<RunMatching.Outcome>> Recent(Actor actor) => [.. jobs.Of(Kind, actor.UserId).OfType<Job<RunMatching.Outcome>>()];

    public Job<RunMatching.Outcome>? Find(Guid id, Actor actor) => jobs.Find(id, actor.UserId) as Job<RunMatching.Outcome>;
}
