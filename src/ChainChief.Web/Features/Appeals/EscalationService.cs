using ChainChief.Web.Infrastructure.Jobs;
using Microsoft.Extensions.Options;

namespace ChainChief.Web.Features.Appeals;

public sealed class EscalationOptions
{
    public const string Section = "Appeals:Escalation";

    /// <summary>Off in tests that drive <see cref="EscalateAppeals"/> themselves with a fake clock.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the job looks for appeals past their clock and leads gone quiet.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Runs every <see cref="IScheduledPass"/> (<see cref="EscalateAppeals"/>, the stalled-lead escalation) on its schedule from start-up, on <see cref="TimeProvider"/>'s clock. All its state
/// is in the database, so a restart picks up where it left off and never fires a level twice.
/// </summary>
public sealed class EscalationService(IServiceScopeFactory scopes, IOptions<EscalationOptions> options, TimeProvider clock, ILogger<EscalationService> log) : BackgroundService
{
    private int passes;

    /// <summary>Passes completed since start (successful or not): lets a caller wait for one.</summary>
    public int Passes => Volatile.Read(ref passes);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                foreach (var pass in scope.ServiceProvider.GetServices<IScheduledPass>())
                {
                    try
                    {
                        if (await pass.RunPassAsync(clock.GetUtcNow().UtcDateTime, stoppingToken) is var done and > 0)
                        {
                            log.LogInformation("{Pass} acted {Count} times", pass.GetType().Name, done);
                        }
                    }
                    catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                    {
                        return;
                    }
                    catch (Exception e)
                    {
                        // One failing pass must not hold up the others; the next round retries it.
                        log.LogError(e, "{Pass} failed; the next round retries", pass.GetType().Name);
                    }
                }
            }
            Interlocked.Increment(ref passes);
            try
            {
                await Task.Delay(options.Value.Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
