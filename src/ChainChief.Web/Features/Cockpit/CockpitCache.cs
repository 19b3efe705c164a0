using System.Collections.Concurrent;
using ChainChief.Web.Features.Statistics;
using Microsoft.Extensions.Options;

namespace ChainChief.Web.Features.Cockpit;

/// <summary>
/// Cached cockpit data keyed by (<see cref="StatisticsVersion.Current"/>, key): a statistics write changes the version, so
/// the next request computes afresh and entries of older versions are dropped. Each key is computed once however many
/// requests wait for it, and not cancelled when the first of them gives up. Entries older than
/// <see cref="CockpitOptions.RefreshMinutes"/> are recomputed in the background (registry edits do not change the
/// version); memory is bounded by estimated size, least recently used first.
/// </summary>
public sealed class CockpitCache(StatisticsVersion version, TimeProvider clock, IOptions<CockpitOptions> options, ILogger<CockpitCache> log)
{
    private sealed class Entry(Task<(object Value, long Bytes)> load, DateTimeOffset started)
    {
        public Task<(object Value, long Bytes)> Load { get; } = load;
        public DateTimeOffset Started { get; } = started;
        public long LastUsed;
        public int Refreshing;
    }

    private readonly ConcurrentDictionary<(long Version, object Key), Lazy<Entry>> entries = new();
    private long ticks;

    public int Count => entries.Count;

    /// <summary>The cached value of <paramref name="key"/> (a tuple or record: structural equality) for the current statistics,
    /// computing it with <paramref name="load"/> (value and estimated size in bytes) when missing.</summary>
    public async Task<T> GetAsync<T>(object key, Func<CancellationToken, Task<(T Value, long Bytes)>> load, CancellationToken ct)
    {
        var current = version.Current;
        var id = (current, key);
        var lazy = entries.GetOrAdd(id, _ => new Lazy<Entry>(() => Start(load)));
        var entry = lazy.Value;
        Interlocked.Exchange(ref entry.LastUsed, Interlocked.Increment(ref ticks));
        try
        {
            var (value, _) = await entry.Load.WaitAsync(ct);
            RefreshIfOld(id, entry, load);
            return (T)value;
        }
        catch (Exception) when (entry.Load.IsFaulted)
        {
            entries.TryRemove(new KeyValuePair<(long, object), Lazy<Entry>>(id, lazy));
            throw;
        }
    }

    private Entry Start<T>(Func<CancellationToken, Task<(T Value, long Bytes)>> load)
    {
        var task = Task.Run(async () => { var (v, bytes) = await load(CancellationToken.None); return ((object)v!, bytes); });
        _ = task.ContinueWith(_ => Trim(), TaskScheduler.Default);
        return new Entry(task, clock.GetUtcNow());
    }

    private void RefreshIfOld<T>((long, object) id, Entry entry, Func<CancellationToken, Task<(T Value, long Bytes)>> load)
    {
        if (clock.GetUtcNow() - entry.Started < TimeSpan.FromMinutes(options.Value.RefreshMinutes)
            || Interlocked.CompareExchange(ref entry.Refreshing, 1, 0) != 0)
        {
            return;
        }
        var fresh = Start(load);
        fresh.LastUsed = entry.LastUsed;
        _ = fresh.Load.ContinueWith(t =>
        {
            if (t.IsCompletedSuccessfully)
            {
                entries[id] = new Lazy<Entry>(fresh);
            }
            else
            {
                log.LogWarning(t.Exception, "Cockpit refresh of {Key} failed; the previous figures stay", id.Item2);
                Interlocked.Exchange(ref entry.Refreshing, 0);
            }
        }, TaskScheduler.Default);
    }

    /// <summary>Drops entries of older versions, then the least recently used until the estimated size fits.</summary>
    private void Trim()
    {
        var current = version.Current;
        foreach (var stale in entries.Keys.Where(k => k.Version < current))
        {
            entries.TryRemove(stale, out _);
        }
        var done = entries.Where(e => e.Value.IsValueCreated && e.Value.Value.Load.IsCompletedSuccessfully)
            .Select(e => (e.Key, e.Value.Value.LastUsed, e.Value.Value.Load.Result.Bytes)).ToList();
        var budget = options.Value.CacheMegabytes * 1024L * 1024L;
        var total = done.Sum(e => e.Bytes);
        foreach (var (key, _, bytes) in done.OrderBy(e => e.LastUsed))
        {
            if (total <= budget)
            {
                break;
            }
            entries.TryRemove(key, out _);
            total -= bytes;
        }
    }
}
