using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChainChief.Tests.Alerts;

/// <summary>The demo city's alerts: every kind raised from the generated statistics, some handled, one with a ticket.</summary>
public abstract class DemoAlertsTests(AppFixture fixture) : AppTests(fixture)
{
    [Fact]
    public async Task Demo_raises_every_kind_and_has_assigned_resolved_and_ticketed_alerts()
    {
        await using var scope = App.Scope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var kinds = await db.Alerts.Select(a => a.Kind).Distinct().ToListAsync(Ct);
        Assert.Equal(Enum.GetValues<AlertKind>().Order(), kinds.Order());
        var levels = await db.Alerts.Select(a => a.Level).Distinct().ToListAsync(Ct);
        Assert.Equal(Enum.GetValues<AlertLevel>().Order(), levels.Order());
        var assigned = await db.Alerts.Where(a => a.State == AlertState.Assigned).ToListAsync(Ct);
        Assert.NotEmpty(assigned);
        Assert.All(assigned, a => Assert.Equal("链长办 王主任", a.AssigneeName));
        Assert.True(await db.Alerts.CountAsync(a => a.State == AlertState.Resolved && a.ResolvedReason != null, Ct) >= 2);
        var ticket = await db.SupportTickets.SingleAsync(t => t.AlertId != null && t.Description == "企业反映原料供应中断，请求协调帮扶", Ct);
        Assert.Equal(ticket.Id, await db.Alerts.Where(a => a.Id == ticket.AlertId).Select(a => a.TicketId).SingleAsync(Ct));
        Assert.True(await db.Set<AlertNote>().CountAsync(Ct) >= assigned.Count);
    }

    [Fact]
    public async Task Running_the_demo_months_one_at_a_time_after_together_changes_nothing()
    {
        await using var scope = App.Scope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var periods = await db.Alerts.Select(a => a.Period).Distinct().ToListAsync(Ct);
        Assert.Equal(3, periods.Count);
        var run = App.Services.GetRequiredService<RunAlerts>();
        // Other tests of this application add hand-built reports in these months without running the alerts: settle them first.
        await run.RunAsync(periods, Ct);
        foreach (var period in periods)
        {
            Assert.Equal(new RunAlerts.Outcome(0, 0, 0), await run.RunAsync([period], Ct));
        }
    }
}

[Collection("sqlite")]
public sealed class SqliteDemoAlertsTests(SqliteApp app) : DemoAlertsTests(app);

[Collection("postgres")]
public sealed class PostgresDemoAlertsTests(PostgresApp app) : DemoAlertsTests(app);
