namespace ChainChief.Web.Infrastructure.Jobs;

public enum JobState
{
    Running,
    Completed,
    Failed,
    Canceled,
}

/// <summary>How far a job is: a stage (each feature names its own) and rows done of a total (0 = not known yet).</summary>
public sealed record JobProgress(string Stage, int Done, int Total)
{
    public double Percent => Total <= 0 ? 0 : Math.Min(100, 100.0 * Done / Total);
}

/// <summary>
/// A piece of work that runs on the server after the page that started it is gone: its owner can leave, come back and
/// read its progress and result. Progress and state are replaced whole, so readers on other threads see a consistent value.
/// </summary>
public abstract class Job
{
    private readonly CancellationTokenSource cancel = new();
    private volatile JobProgress progress = new("", 0, 0);
    private volatile string? error;
    private int state;

    protected Job(string kind, string ownerId, string title, DateTime startedAt)
    {
        (Kind, OwnerId, Title, StartedAt) = (kind, ownerId, title, startedAt);
    }

    public Guid Id { get; } = Guid.NewGuid();
    public string Kind { get; }
    /// <summary>The user id of the one who started it; only they see it.</summary>
    public string OwnerId { get; }
    /// <summary>What the owner sees in a list of jobs, e.g. the uploaded file's name.</summary>
    public string Title { get; }
    public DateTime StartedAt { get; }
    public DateTime? FinishedAt { get; private set; }
    public JobState State => (JobState)Volatile.Read(ref state);
    public JobProgress Progress => progress;
    /// <summary>Why it failed, for the owner (a refusal's message, or a general one for a fault).</summary>
    public string? Error => error;
    /// <summary>Input kept with the job after it ends, e.g. an upload waiting for its warnings to be confirmed.</summary>
    public object? Payload { get; set; }

    internal CancellationToken Token => cancel.Token;

    public void Report(JobProgress value) => progress = value;

    /// <summary>An <see cref="IProgress{T}"/> that reports straight into the job (no synchronization context involved).</summary>
    public IProgress<T> ProgressOf<T>(Func<T, JobProgress> map) => new Reporter<T>(this, map);

    /// <summary>Asks the work to stop; what it does with the token decides what is kept (an atomic write keeps nothing).</summary>
    public void Cancel()
    {
        if (State == JobState.Running)
        {
            cancel.Cancel();
        }
    }

    internal void Finish(JobState final, DateTime at, string? message = null)
    {
        error = message;
        FinishedAt = at;
        Volatile.Write(ref state, (int)final);
    }

    private sealed class Reporter<T>(Job job, Func<T, JobProgress> map) : IProgress<T>
    {
        public void Report(T value) => job.Report(map(value));
    }
}

/// <summary>A job with a result, available once it has completed.</summary>
public sealed class Job<TResult>(string kind, string ownerId, string title, DateTime startedAt) : Job(kind, ownerId, title, startedAt)
{
    public TResult? Result { get; internal set; }
}
