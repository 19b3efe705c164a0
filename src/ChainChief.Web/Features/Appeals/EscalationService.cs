using Microsoft.Extensions.Options;

namespace ChainChief.Web.Features.Appeals;

public sealed class EscalationOptions
{
    public const string Section = "Appeals:Escalation";

    /// <summary>Off in tests that drive <see cref="EscalateAppeals"/> themselves with a fake clock.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the job looks for appeals past their clock.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Runs <see cref="EscalateAppeals"/> on its schedule from start-up, on <see cref="TimeProvider"/>'s clock. All its state
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
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<EscalateAppeals>().RunAsync(clock.GetUtcNow().UtcDateTime, stoppingToken);
                if (result.Fired > 0)
                {
                    log.LogInformation("Escalation fired {Fired} steps on {Appeals} appeals", result.Fired, result.Appeals);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogError(e, "Escalation pass failed; the next pass retries");
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
