using ChainChief.Web.Infrastructure.Errors;
using ChainChief.Web.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChainChief.Tests.Platform;

/// <summary>Background jobs: own scope, progress, result, refusals, cancellation, owners and how many are kept.</summary>
public sealed class BackgroundJobsTests : IDisposable
{
    private readonly ServiceProvider services = new ServiceCollection().AddScoped<ScopedThing>().BuildServiceProvider();
    private readonly Lifetime lifetime = new();
    private readonly BackgroundJobs jobs;

    public BackgroundJobsTests() =>
        jobs = new BackgroundJobs(services.GetRequiredService<IServiceScopeFactory>(), lifetime, TimeProvider.System, NullLogger<BackgroundJobs>.Instance);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class ScopedThing : IDisposable
    {
        public bool Disposed { get; private set; }
        public void Dispose() => Disposed = true;
    }

    private sealed class Lifetime : IHostApplicationLifetime
    {
        private readonly CancellationTokenSource stopping = new();
        public CancellationToken ApplicationStarted => CancellationToken.None;
        public CancellationToken ApplicationStopping => stopping.Token;
        public CancellationToken ApplicationStopped => CancellationToken.None;
        public void StopApplication() => stopping.Cancel();
    }

    private static async Task UntilAsync(Job job, JobState state)
    {
        for (var i = 0; i < 500 && job.State != state; i++)
        {
            await Task.Delay(10, Ct);
        }
        Assert.Equal(state, job.State);
    }

    [Fact]
    public async Task Start_returns_at_once_runs_in_its_own_scope_reports_progress_and_keeps_the_result()
    {
        var release = new TaskCompletionSource();
        ScopedThing? used = null;
        var job = jobs.Start<int>("k", "u1", "a.xlsx", async (sp, j, ct) =>
        {
            used = sp.GetRequiredService<ScopedThing>();
            j.ProgressOf<int>(n => new JobProgress("Writing", n, 40)).Report(10);
            await release.Task.WaitAsync(ct);
            return 42;
        });

        Assert.Equal(JobState.Running, job.State);
        for (var i = 0; i < 500 && job.Progress.Done == 0; i++)
        {
            await Task.Delay(10, Ct);
        }
        Assert.Equal(new JobProgress("Writing", 10, 40), job.Progress);
        Assert.Equal(25, job.Progress.Percent);
        Assert.False(used!.Disposed);
        release.SetResult();
        await UntilAsync(job, JobState.Completed);
        Assert.True(used.Disposed, "the job's scope is disposed when it ends");
        Assert.Equal(42, job.Result);
        Assert.NotNull(job.FinishedAt);
        Assert.Same(job, jobs.Find(job.Id, "u1"));
    }

    [Fact]
    public async Task A_refused_job_fails_with_the_refusals_message_and_a_fault_with_a_general_one()
    {
        var refused = jobs.Start<int>("k", "u1", "a", (_, _, _) => throw new BusinessRuleException("x", "该月已关账"));
        var broken = jobs.Start<int>("k", "u1", "b", (_, _, _) => throw new InvalidOperationException("stack trace details"));

        await UntilAsync(refused, JobState.Failed);
        await UntilAsync(broken, JobState.Failed);
        Assert.Equal("该月已关账", refused.Error);
        Assert.Equal("处理失败，请稍后重试；如仍失败请联系管理员", broken.Error);
    }

    [Fact]
    public async Task Cancel_stops_a_running_job_and_so_does_the_application_stopping()
    {
        Func<IServiceProvider, Job<int>, CancellationToken, Task<int>> forever = async (_, _, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return 0;
        };
        var first = jobs.Start("k", "u1", "a", forever);
        var second = jobs.Start("k", "u1", "b", forever);

        first.Cancel();
        await UntilAsync(first, JobState.Canceled);
        Assert.Equal(JobState.Running, second.State);
        lifetime.StopApplication();
        await UntilAsync(second, JobState.Canceled);
        first.Cancel(); // after the end: nothing happens
    }

    [Fact]
    public async Task Each_owner_sees_only_their_own_jobs_newest_first_and_at_most_ten_finished_ones_are_kept()
    {
        var mine = new List<Job<int>>();
        for (var i = 0; i < 12; i++)
        {
            var job = jobs.Start<int>("k", "u1", $"f{i}", (_, _, _) => Task.FromResult(i));
            await UntilAsync(job, JobState.Completed);
            mine.Add(job);
            await Task.Delay(2, Ct); // distinct start times
        }
        var theirs = jobs.Start<int>("k", "u2", "g", (_, _, _) => Task.FromResult(0));
        var other = jobs.Start<int>("other", "u1", "h", (_, _, _) => Task.FromResult(0));

        var listed = jobs.Of("k", "u1");
        Assert.Equal(BackgroundJobs.KeptPerOwner, listed.Count);
        Assert.Equal(mine.AsEnumerable().Reverse().Take(10).Select(j => j.Title), listed.Select(j => j.Title));
        Assert.Null(jobs.Find(mine[0].Id, "u1"));
        Assert.Null(jobs.Find(theirs.Id, "u1"));
        Assert.Same(theirs, jobs.Find(theirs.Id, "u2"));
        Assert.Equal<Job>([other], jobs.Of("other", "u1"));
    }

    public void Dispose() => services.Dispose();
}
