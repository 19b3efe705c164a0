namespace ChainChief.Bench;

/// <summary>
/// Samples this process's working set (resident memory) every 20 ms on its own thread, so the peak of a phase can be
/// reported: <see cref="Reset"/> at the start of the phase, <see cref="PeakMb"/> at its end.
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Thread thread;
    private long peak;

    public MemorySampler()
    {
        thread = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                Sample();
                Thread.Sleep(20);
            }
        }) { IsBackground = true, Name = "memory sampler" };
        thread.Start();
    }

    public double PeakMb
    {
        get
        {
            Sample();
            return Interlocked.Read(ref peak) / 1024.0 / 1024.0;
        }
    }

    /// <summary>Collects garbage first, so the phase starts from what is really alive.</summary>
    public double Reset()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Interlocked.Exchange(ref peak, 0);
        Sample();
        return Interlocked.Read(ref peak) / 1024.0 / 1024.0;
    }

    private void Sample()
    {
        var now = Environment.WorkingSet;
        long seen;
        while (now > (seen = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, now, seen) != seen)
        {
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        thread.Join();
        stop.Dispose();
    }
}
