using ChainChief.Web.Features.Cockpit;
using ChainChief.Web.Features.Statistics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChainChief.Tests.Cockpit;

/// <summary>The cockpit cache on its own: keyed by the statistics version, computed once, refreshed when old, bounded.</summary>
public sealed class CockpitCacheTests
{
    private readonly StatisticsVersion version = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));

    private CockpitCache Cache(int megabytes = 256) =>
        new(version, clock, Options.Create(new CockpitOptions { RefreshMinutes = 5, CacheMegabytes = megabytes }), NullLogger<CockpitCache>.Instance);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_by_many_callers_at_once_computes_once()
    {
        var cache = Cache();
        var loads = 0;
        var release = new TaskCompletionSource();
        var callers = Enumerable.Range(0, 20).Select(_ => cache.GetAsync("k", async _ =>
        {
            Interlocked.Increment(ref loads);
            await release.Task;
            return (42, 8L);
        }, Ct)).ToList();
        release.SetResult();
        Assert.All(await Task.WhenAll(callers), v => Assert.Equal(42, v));
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task Get_after_reports_are_written_computes_again()
    {
        var cache = Cache();
        var value = 1;
        Task<int> Get() => cache.GetAsync("k", _ => Task.FromResult((value, 8L)), Ct);
        Assert.Equal(1, await Get());
        value = 2;
        Assert.Equal(1, await Get()); // same statistics: served from the cache
        await version.OnReportsWrittenAsync([202610], Ct);
        Assert.Equal(2, await Get());
    }

    [Fact]
    public async Task Get_after_a_failed_load_tries_again()
    {
        var cache = Cache();
        var calls = 0;
        Task<int> Get() => cache.GetAsync("k", _ => ++calls == 1 ? throw new InvalidOperationException("db down") : Task.FromResult((7, 8L)), Ct);
        await Assert.ThrowsAsync<InvalidOperationException>(Get);
        Assert.Equal(7, await Get());
    }

    [Fact]
    public async Task Get_of_an_old_entry_serves_it_and_refreshes_in_the_background()
    {
        var cache = Cache();
        var value = 1;
        Task<int> Get() => cache.GetAsync("k", _ => Task.FromResult((value, 8L)), Ct);
        Assert.Equal(1, await Get());
        value = 2;
        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(1, await Get());
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await Get()); // old: still served while the new one loads
        for (var i = 0; i < 100 && await Get() != 2; i++)
        {
            await Task.Delay(10, Ct);
        }
        Assert.Equal(2, await Get());
    }

    [Fact]
    public async Task Get_beyond_the_memory_budget_drops_the_least_recently_used()
    {
        var cache = Cache(megabytes: 16);
        var loads = new Dictionary<string, int>();
        Task<int> Get(string key) => cache.GetAsync(key, _ =>
        {
            loads[key] = loads.GetValueOrDefault(key) + 1;
            return Task.FromResult((1, 6L * 1024 * 1024));
        }, Ct);
        await Get("a");
        await Get("b");
        await Get("a"); // a is now more recent than b
        await Get("c"); // 18 MB > 16 MB: b goes
        for (var i = 0; i < 100 && cache.Count > 2; i++)
        {
            await Task.Delay(10, Ct); // trimming follows the load
        }
        await Get("a");
        await Get("b");
        Assert.Equal((1, 2, 1), (loads["a"], loads["b"], loads["c"]));
    }
}
