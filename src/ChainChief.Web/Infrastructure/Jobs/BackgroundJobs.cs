using System.Collections.Concurrent;
using ChainChief.Web.Components.Shared;

namespace ChainChief.Web.Infrastructure.Jobs;

/// <summary>
/// Runs long work (a province's statistics upload) on the server, detached from the page or request that started it,
/// in its own DI scope. Jobs live in this process's memory: a user's circuit is pinned to one instance (sticky sessions)
/// and a restart loses only the job record — the work itself is one transaction, so nothing is half written. Finished
/// jobs are kept for a day, at most <see cref="KeptPerOwner"/> per owner and kind.
/// </summary>
public sealed class BackgroundJobs(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<BackgroundJobs> log)
{
    public const int KeptPerOwner = 10;
    private static readonly TimeSpan Kept = TimeSpan.FromDays(1);
    private readonly ConcurrentDictionary<Guid, Job> jobs = new();

    /// <summary>Starts <paramref name="work"/> on the thread pool and returns its job at once.</summary>
    public Job<T> Start<T>(string kind, string ownerId, string title, Func<IServiceProvider, Job<T>, CancellationToken, Task<T>> work)
    {
        Prune(kind, ownerId);
        var job = new Job<T>(kind, ownerId, title, clock.GetUtcNow().UtcDateTime);
        jobs[job.Id] = job;
        _ = Task.Run(() => RunAsync(job, work));
        return job;
    }

    /// <summary>The owner's jobs of a kind, newest first.</summary>
    public IReadOnlyList<Job> Of(string kind, string ownerId) =>
        [.. jobs.Values.Where(j => j.Kind == kind && j.OwnerId == ownerId).OrderByDescending(j => j.StartedAt)];

    /// <summary>One of the owner's jobs; null when it is unknown, someone else's, or no longer kept.</summary>
    public Job? Find(Guid id, string ownerId) => jobs.TryGetValue(id, out var job) && job.OwnerId == ownerId ? job : null;

    private async Task RunAsync<T>(Job<T> job, Func<IServiceProvider, Job<T>, CancellationToken, Task<T>> work)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(job.Token, lifetime.ApplicationStopping);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            job.Result = await work(scope.ServiceProvider, job, linked.Token);
            job.Finish(JobState.Completed, Now);
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            job.Finish(JobState.Canceled, Now);
        }
        catch (Exception e) when (AppComponentBase.RefusalMessage(e) is { } message)
        {
            job.Finish(JobState.Failed, Now, message);
        }
        catch (Exception e)
        {
            log.LogError(e, "Background job {Kind} {Id} failed", job.Kind, job.Id);
            job.Finish(JobState.Failed, Now, "处理失败，请稍后重试；如仍失败请联系管理员");
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private void Prune(string kind, string ownerId)
    {
        var old = Now - Kept;
        var finished = jobs.Values.Where(j => j.State != JobState.Running).ToList();
        var stale = finished.Where(j => j.FinishedAt < old)
            .Concat(finished.Where(j => j.Kind == kind && j.OwnerId == ownerId).OrderByDescending(j => j.StartedAt).Skip(KeptPerOwner - 1));
        foreach (var job in stale)
        {
            jobs.TryRemove(job.Id, out _);
        }
    }
}
