using System.Net;
using System.Net.Http.Json;
using ChainChief.Tests.Infrastructure;
using ChainChief.Tests.Statistics;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Alerts;
using ChainChief.Web.Features.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ChainChief.Tests.Statistics.StatisticsTestData;

namespace ChainChief.Tests.Alerts;

/// <summary>
/// The alert run after written reports (idempotent, leaves handled alerts alone) and the actions through the API:
/// assign, note, ticket, resolve, rules, with 409 on stale versions. Runs on the statistics collections' own copy of
/// the demo city in months no other test writes (five and six years back).
/// </summary>
public abstract class AlertWorkflowTests(AppFixture fixture) : AppTests(fixture)
{
    private static int ThisYear(int month) => P(month);

    private static int LastYear(int month) => Periods.Of(Year - 1, month);

    /// <summary>A new firm with 1,000 万元 output in <paramref name="month"/> of last year and <paramref name="output"/> this year.</summary>
    private async Task<(int Id, string Code)> FirmWithDropAsync(int month, decimal output, string county = "610902")
    {
        using var office = await App.ClientAsAsync("office");
        var input = TestData.NewFirm(county);
        var id = await office.CreateFirmAsync(input);
        await SubmitAsync(input.CreditCode, LastYear(month), 1000);
        await SubmitAsync(input.CreditCode, ThisYear(month), output);
        return (id, input.CreditCode);
    }

    private async Task SubmitAsync(string code, int period, decimal output, int? version = null)
    {
        using var office = await App.ClientAsAsync("office");
        var (status, body) = await office.SubmitAsync(true, Item(code, period, output, ReportInputKind.Monthly, version: version, reason: version is null ? null : "统计局更正")
            with { ElectricityKwh10k = 200 });
        Assert.True(status == HttpStatusCode.OK, body.ToString());
    }

    private async Task<T> DbAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = App.Scope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        return await query(db);
    }

    private Task<List<Alert>> AlertsOfAsync(int firm) => DbAsync(db => db.Alerts.AsNoTracking().Where(a => a.EnterpriseId == firm).ToListAsync(Ct));

    private Task<int> ReportVersionAsync(int firm, int period) =>
        DbAsync(db => db.MonthlyReports.Where(r => r.EnterpriseId == firm && r.Period == period).Select(r => r.Version).SingleAsync(Ct));

    private static async Task<GetAlert.Detail> DetailAsync(HttpClient client, int id) =>
        await (await client.GetAsync($"/api/alerts/{id}")).ReadAsync<GetAlert.Detail>();

    [Fact]
    public async Task Written_reports_raise_update_and_withdraw_new_alerts_but_never_touch_handled_ones()
    {
        var month = 10;
        var (firm, code) = await FirmWithDropAsync(month, 500);
        var alert = Assert.Single(await AlertsOfAsync(firm));
        Assert.Equal((AlertKind.OutputDrop, AlertLevel.Orange, AlertState.New, "工业总产值同比下降50.0%（本月500万元，上年同月1000万元）"),
            (alert.Kind, alert.Level, alert.State, alert.Message));

        await SubmitAsync(code, ThisYear(month), 700, await ReportVersionAsync(firm, ThisYear(month)));
        var updated = Assert.Single(await AlertsOfAsync(firm));
        Assert.Equal((alert.Id, AlertLevel.Yellow), (updated.Id, updated.Level));

        await SubmitAsync(code, ThisYear(month), 1000, await ReportVersionAsync(firm, ThisYear(month)));
        Assert.Empty(await AlertsOfAsync(firm));

        await SubmitAsync(code, ThisYear(month), 500, await ReportVersionAsync(firm, ThisYear(month)));
        var again = Assert.Single(await AlertsOfAsync(firm));
        using var office = await App.ClientAsAsync("office");
        var detail = await DetailAsync(office, again.Id);
        var county = Assert.Single(detail.Officials, o => o.Name.Contains("赵局长"));
        var assigned = await office.PostAsJsonAsync($"/api/alerts/{again.Id}/assign", new AssignAlert.Request(county.Id, "请走访企业", detail.Version), Ct);
        Assert.Equal(HttpStatusCode.NoContent, assigned.StatusCode);

        await SubmitAsync(code, ThisYear(month), 1000, await ReportVersionAsync(firm, ThisYear(month)));
        var kept = Assert.Single(await AlertsOfAsync(firm));
        Assert.Equal((AlertState.Assigned, again.Message, again.Level, county.Id), (kept.State, kept.Message, kept.Level, kept.AssigneeId));

        var run = App.Services.GetRequiredService<RunAlerts>();
        await run.RunAsync([ThisYear(month)], Ct);
        var twice = await run.RunAsync([ThisYear(month)], Ct);
        Assert.Equal(new RunAlerts.Outcome(0, 0, 0), twice);
        Assert.Single(await AlertsOfAsync(firm));
    }

    [Fact]
    public async Task Assign_note_ticket_and_resolve_with_reason_and_conflicts_on_stale_versions()
    {
        var (firm, _) = await FirmWithDropAsync(11, 100);
        var id = Assert.Single(await AlertsOfAsync(firm)).Id;
        using var office = await App.ClientAsAsync("office");
        var detail = await DetailAsync(office, id);
        Assert.Equal(13, detail.Months.Count);
        Assert.Equal((LastYear(11), 1000m, ThisYear(11), 100m), (detail.Months[0].Period, detail.Months[0].Output, detail.Months[^1].Period, detail.Months[^1].Output));
        var official = detail.Officials.First(o => o.Name.Contains("王主任"));

        var first = await office.PostAsJsonAsync($"/api/alerts/{id}/assign", new AssignAlert.Request(official.Id, null, detail.Version), Ct);
        var stale = await office.PostAsJsonAsync($"/api/alerts/{id}/assign", new AssignAlert.Request(official.Id, null, detail.Version), Ct);
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.Conflict), (first.StatusCode, stale.StatusCode));

        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/alerts/{id}/notes", new AddAlertNote.Request("已电话联系企业"), Ct)).StatusCode);
        detail = await DetailAsync(office, id);
        var ticket = await office.PostAsJsonAsync($"/api/alerts/{id}/ticket", new OpenSupportTicket.Request(null, "原料供应中断", null, detail.Version), Ct);
        var ticketId = await ticket.ReadAsync<int>();

        detail = await DetailAsync(office, id);
        var noReason = await office.PostAsJsonAsync($"/api/alerts/{id}/resolve", new ResolveAlert.Request(" ", detail.Version), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("请填写处置结果或原因", await noReason.Content.ReadAsStringAsync(Ct));
        var resolved = await office.PostAsJsonAsync($"/api/alerts/{id}/resolve", new ResolveAlert.Request("原料已恢复供应", detail.Version), Ct);
        Assert.Equal(HttpStatusCode.NoContent, resolved.StatusCode);

        detail = await DetailAsync(office, id);
        Assert.Equal((AlertState.Resolved, "原料已恢复供应", ticketId, TicketState.Open), (detail.State, detail.ResolvedReason, detail.Ticket?.Id, detail.Ticket?.State));
        Assert.Equal(["指派给链长办 王主任", "已电话联系企业", $"已开帮扶工单（{ticketId}号）", "已处置：原料已恢复供应"], detail.Notes.Select(n => n.Text));
        Assert.Equal(3, await DbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(Alert) && e.SubjectId == id, Ct)));

        await using var scope = App.Scope();
        var list = scope.ServiceProvider.GetRequiredService<ListAlerts>();
        var office610 = new ChainChief.Web.Infrastructure.Auth.Actor("x", "x", new HashSet<string> { "ChainOffice" }, "6109", null, null);
        var (open, _) = await list.TopAsync(new ListAlerts.Query { Period = ThisYear(11), County = "610902", Open = true }, 200, office610, Ct);
        var (all, _) = await list.TopAsync(new ListAlerts.Query { Period = ThisYear(11), County = "610902" }, 200, office610, Ct);
        Assert.DoesNotContain(open, a => a.Id == id);
        Assert.Contains(all, a => a.Id == id);

        var tickets = await (await office.GetAsync("/api/tickets?state=Open&pageSize=200", Ct)).ReadAsync<ChainChief.Web.Infrastructure.PagedList<SupportTickets.Row>>();
        var row = Assert.Single(tickets.Items, t => t.Id == ticketId);
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/tickets/{ticketId}/close", new SupportTickets.CloseRequest(row.Version), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await office.PostAsJsonAsync($"/api/tickets/{ticketId}/close", new SupportTickets.CloseRequest(row.Version), Ct)).StatusCode);
    }

    [Fact]
    public async Task County_officers_see_their_county_only_and_filters_count_by_level()
    {
        var (inCounty, _) = await FirmWithDropAsync(12, 100);
        var (elsewhere, _) = await FirmWithDropAsync(12, 700, "610921");
        using var county = await App.ClientAsAsync("county");
        var seen = await (await county.GetAsync($"/api/alerts?period={ThisYear(12)}&pageSize=200", Ct)).ReadAsync<AlertPage>();
        Assert.Contains(seen.Alerts.Items, a => a.EnterpriseId == inCounty);
        Assert.DoesNotContain(seen.Alerts.Items, a => a.EnterpriseId == elsewhere);
        Assert.All(seen.Alerts.Items, a => Assert.StartsWith("610902", a.CountyCode));
        var outOfScope = (await AlertsOfAsync(elsewhere)).Single().Id;
        Assert.Equal(HttpStatusCode.NotFound, (await county.GetAsync($"/api/alerts/{outOfScope}", Ct)).StatusCode);

        using var office = await App.ClientAsAsync("office");
        var countyOfficer = (await DetailAsync(office, (await AlertsOfAsync(inCounty)).Single().Id)).Officials.Single(o => o.RegionScope == "610902");
        var otherCounty = await DetailAsync(office, outOfScope);
        Assert.DoesNotContain(otherCounty.Officials, o => o.Id == countyOfficer.Id);
        var refused = await office.PostAsJsonAsync($"/api/alerts/{outOfScope}/assign", new AssignAlert.Request(countyOfficer.Id, null, otherCounty.Version), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("负责人须为能查看该企业所在县区的工作人员", await refused.Content.ReadAsStringAsync(Ct));
        var yellow = await (await office.GetAsync($"/api/alerts?period={ThisYear(12)}&level=Yellow&kind=OutputDrop&pageSize=200", Ct)).ReadAsync<AlertPage>();
        Assert.Equal(elsewhere, Assert.Single(yellow.Alerts.Items).EnterpriseId);
        Assert.Equal((1, 1), (yellow.Counts[AlertLevel.Yellow], yellow.Counts[AlertLevel.Orange]));
        var export = await office.GetAsync($"/api/alerts/export?period={ThisYear(12)}", Ct);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
    }

    [Fact]
    public async Task Rules_are_edited_with_validation_audit_and_409_on_a_stale_version()
    {
        using var office = await App.ClientAsAsync("office");
        var rules = await (await office.GetAsync("/api/alerts/rules", Ct)).ReadAsync<List<AlertRules.Row>>();
        Assert.Equal(5, rules.Count);
        var power = Assert.Single(rules, r => r.Kind == AlertKind.ElectricityDrop);
        Assert.Equal(0.3m, power.Threshold);

        var bad = await office.PutAsJsonAsync($"/api/alerts/rules/{power.Id}", new AlertRules.Request(30, AlertLevel.Yellow, true, power.Version), TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("不超过100%", await bad.Content.ReadAsStringAsync(Ct));
        var taken = await office.PutAsJsonAsync($"/api/alerts/rules/{rules.Single(r => r.Kind == AlertKind.OutputDrop && r.Level == AlertLevel.Yellow).Id}",
            new AlertRules.Request(0.2m, AlertLevel.Orange, true, rules.Single(r => r.Kind == AlertKind.OutputDrop && r.Level == AlertLevel.Yellow).Version), TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Contains("该类预警已有橙色规则", await taken.Content.ReadAsStringAsync(Ct));

        var audited = await DbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(AlertRule) && e.SubjectId == power.Id, Ct));
        var ok = await office.PutAsJsonAsync($"/api/alerts/rules/{power.Id}", new AlertRules.Request(0.3m, AlertLevel.Yellow, false, power.Version), TestData.Json, Ct);
        var stale = await office.PutAsJsonAsync($"/api/alerts/rules/{power.Id}", new AlertRules.Request(0.3m, AlertLevel.Yellow, true, power.Version), TestData.Json, Ct);
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.Conflict), (ok.StatusCode, stale.StatusCode));
        Assert.Equal(audited + 1, await DbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(AlertRule) && e.SubjectId == power.Id, Ct)));
        var back = await office.PutAsJsonAsync($"/api/alerts/rules/{power.Id}", new AlertRules.Request(0.3m, AlertLevel.Yellow, true, power.Version + 1), TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.NoContent, back.StatusCode);
    }

    public sealed record AlertPage(ChainChief.Web.Infrastructure.PagedList<ListAlerts.Row> Alerts, Dictionary<AlertLevel, int> Counts);
}

[Collection("statistics-sqlite")]
public sealed class SqliteAlertWorkflowTests(SqliteApp app) : AlertWorkflowTests(app);

[Collection("statistics-postgres")]
public sealed class PostgresAlertWorkflowTests(PostgresApp app) : AlertWorkflowTests(app);
