using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Data;
using ChainChief.Web.Data.Seed.Demo;
using ChainChief.Web.Features.Appeals;
using ChainChief.Web.Features.Service;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChainChief.Tests.Service;

/// <summary>
/// The demo city's service desk, as generated through the real use cases: appeals in every state with overdue ones at each
/// escalation level, departments that perform differently, visits on a rhythm with some overdue, problems converted and not.
/// </summary>
public abstract class DemoServiceDeskTests(AppFixture fixture) : AppTests(fixture)
{
    [Fact]
    public async Task Demo_appeals_stand_in_every_state_and_the_overdue_ones_reached_every_escalation_level()
    {
        await using var scope = App.Scope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var titles = DemoAppealPlan.Topics.Select(t => t.Title).ToList();
        var demo = await db.Appeals.AsNoTracking().Where(a => titles.Contains(a.Title)).ToListAsync(Ct);
        Assert.Equal(Enum.GetValues<AppealState>().Order(), demo.Select(a => a.State).Distinct().Order());
        Assert.Contains(demo, a => a.State == AppealState.InProgress && a.ExtensionDays is not null);
        Assert.Contains(demo, a => a.Reopened > 0 && a.State == AppealState.Closed);
        Assert.True(demo.Count(a => a.State is AppealState.Closed or AppealState.Withdrawn) >= 50);
        var now = DateTime.UtcNow;
        var overdue = demo.Where(a => a.Clock < now).Select(a => a.Id).ToList();
        Assert.True(overdue.Count >= 4, $"{overdue.Count} overdue");
        // Fired by the demo's own passes (escalation tests of this application fire later ones on a clock a month ahead).
        var levels = await db.AppealEscalations.Where(e => overdue.Contains(e.AppealId) && e.FiredAt <= now).Select(e => e.Level).Distinct().ToListAsync(Ct);
        Assert.Equal(Enum.GetValues<EscalationLevel>().Order(), levels.Order());
        // Every step was taken by the real workflow: each appeal's history starts with the filing and follows its state.
        var events = await db.AppealEvents.AsNoTracking().Where(e => titles.Contains(db.Appeals.Single(a => a.Id == e.AppealId).Title)).ToListAsync(Ct);
        Assert.All(demo, a => Assert.Equal(a.State, events.Where(e => e.AppealId == a.Id).OrderBy(e => e.At).ThenBy(e => e.Id).Last().To));
        Assert.All(events.Where(e => e.Action is null), e => Assert.Null(e.From));
    }

    [Fact]
    public async Task Demo_accounts_have_work_waiting_and_departments_score_differently()
    {
        using var firm = await App.ClientAsAsync("firm");
        using var dept = await App.ClientAsAsync("dept");
        using var office = await App.ClientAsAsync("office");
        var firmRows = await (await firm.GetAsync("/api/appeals?pageSize=200", Ct)).ReadAsync<PagedList<ListAppeals.Row>>();
        Assert.Contains(firmRows.Items, r => r.State == AppealState.Replied);
        var deptOverdue = await (await dept.GetAsync("/api/appeals?overdue=true&pageSize=200", Ct)).ReadAsync<PagedList<ListAppeals.Row>>();
        Assert.Contains(deptOverdue.Items, r => r.Overdue && r.DepartmentName == "安康市发展和改革委员会");
        var unread = await (await office.GetAsync("/api/notifications/unread-count", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.NotEqual("0", unread.Trim());

        var year = DateTime.UtcNow.ToChinaTime().Year;
        var lines = new List<GetScorecards.Line>();
        foreach (var y in new[] { year - 1, year })
        {
            lines.AddRange((await (await office.GetAsync($"/api/appeals/scorecards?year={y}", Ct)).ReadAsync<GetScorecards.Result>()).Lines.Where(l => l.Month is null));
        }
        var rates = lines.Where(l => l.Replied >= 3).Select(l => l.OnTimeRate).Distinct().ToList();
        Assert.True(rates.Count >= 3, $"on-time rates: {string.Join(", ", rates)}");
        Assert.Contains(lines, l => l.OnTimeRate < 80);
        Assert.Contains(lines, l => l.Reopened > 0);
        Assert.Contains(lines, l => l.SatisfactionRate == 100);
    }

    [Fact]
    public async Task Demo_liaisons_visit_on_their_rhythm_with_some_firms_overdue_and_problems_converted_or_waiting()
    {
        using var county = await App.ClientAsAsync("county");
        var due = await (await county.GetAsync("/api/visits/due", Ct)).ReadAsync<List<VisitsDue.Row>>();
        Assert.True(due.Count >= 10, $"{due.Count} firms");
        Assert.Contains(due, r => r.DaysOverdue > 0);
        Assert.Contains(due, r => r.DaysOverdue == 0);
        Assert.Contains(due, r => r.LastVisit is null);
        await using var scope = App.Scope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var problems = await db.VisitProblems.AsNoTracking().ToListAsync(Ct);
        Assert.Contains(problems, p => p.AppealId is not null);
        Assert.Contains(problems, p => p.AppealId is null);
        // The 链长办 looks after the chain-owner firms, on the 30-day rhythm.
        var office = DemoCitySeeder.Accounts.Single(a => a.Role == Roles.ChainOffice).DisplayName;
        Assert.True(await db.LiaisonAssignments.CountAsync(l => l.UserName == office, Ct) >= 3);
        using var officeClient = await App.ClientAsAsync("office");
        var owners = await (await officeClient.GetAsync("/api/visits/due?mine=true", Ct)).ReadAsync<List<VisitsDue.Row>>();
        Assert.Contains(owners, r => r.Tier == VisitTier.ChainOwner && r.CadenceDays == 30);
    }
}

[Collection("sqlite")]
public sealed class SqliteDemoServiceDeskTests(SqliteApp app) : DemoServiceDeskTests(app);

[Collection("postgres")]
public sealed class PostgresDemoServiceDeskTests(PostgresApp app) : DemoServiceDeskTests(app);
