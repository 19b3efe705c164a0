using System.Net;
using System.Net.Http.Json;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Incentives;
using ChainChief.Web.Features.Notifications;
using ChainChief.Web.Infrastructure;

namespace ChainChief.Tests.Incentives;

/// <summary>
/// 快申快享 through the API: the firm sees the policy with its explanation, applies once (a second try and an
/// ineligible one are refused with the reason), the decision is due in working days, the office decides and the firm
/// is told; a 免申即享 policy needs no application.
/// </summary>
public abstract class ApplicationFlowTests(AppFixture fixture) : AppTests(fixture)
{
    private static PolicyInput ForTheFirmsCounty(BenefitFormula formula, PolicyMode mode, decimal minEmployees) => new()
    {
        Title = $"测试快享政策{Guid.NewGuid().ToString("N")[..6]}", Issuer = "安康市人民政府", DocumentNo = "安政办发〔2026〕98号", RegionCode = "6109",
        EffectiveFrom = new DateOnly(2020, 1, 1), Summary = "测试", Mode = mode, DecisionDays = mode == PolicyMode.FastTrack ? 5 : null,
        Rule = PolicyRule.All(PolicyRule.In(FactCatalog.Region, "610902"), PolicyRule.In(FactCatalog.Scale, nameof(EnterpriseScale.AboveScale)),
            PolicyRule.Compare(FactCatalog.Employees, "ge", minEmployees)),
        Formula = formula,
    };

    [Fact]
    public async Task A_firm_applies_once_is_told_what_it_lacks_when_ineligible_and_hears_the_decision()
    {
        using var office = await App.ClientAsAsync("office");
        using var firm = await App.ClientAsAsync("firm");
        var flat = new BenefitFormula { Kind = BenefitKind.Flat, Amount = 6 };
        var open = await office.PublishAsync(ForTheFirmsCounty(flat, PolicyMode.FastTrack, 0));
        var closed = await office.PublishAsync(ForTheFirmsCounty(flat, PolicyMode.FastTrack, 1_000_000));
        var automatic = await office.PublishAsync(ForTheFirmsCounty(flat, PolicyMode.Automatic, 0));

        var portal = await (await firm.GetAsync("/api/enterprises/0/policies", Ct)).ReadAsync<GetFirmPolicies.Result>();
        var item = portal.Policies.Single(p => p.PolicyId == open);
        Assert.True(item.Eligible && item.CanApply);
        Assert.Equal(6m, item.Amount);
        var lacking = portal.Policies.Single(p => p.PolicyId == closed);
        Assert.False(lacking.Eligible || lacking.CanApply);
        Assert.Contains(lacking.Explanation.Children, c => !c.Met && c.Gap > 0 && c.Text.Contains("从业人员"));
        Assert.False(portal.Policies.Single(p => p.PolicyId == automatic).CanApply);

        var ineligible = await firm.PostAsJsonAsync($"/api/policy-applications?policyId={closed}", new ApplyForPolicy.Request(null), TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Conflict, ineligible.StatusCode);
        Assert.Contains("从业人员", await ineligible.Content.ReadAsStringAsync(Ct));
        var noNeed = await firm.PostAsJsonAsync($"/api/policy-applications?policyId={automatic}", new ApplyForPolicy.Request(null), TestData.Json, Ct);
        Assert.Contains("无需申请", await noNeed.Content.ReadAsStringAsync(Ct));

        var applied = await (await firm.PostAsJsonAsync($"/api/policy-applications?policyId={open}", new ApplyForPolicy.Request("请尽快办理"), TestData.Json, Ct))
            .ReadAsync<ApplyForPolicy.Outcome>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        Assert.Equal(6m, applied.Amount);
        Assert.InRange(applied.DueOn.DayNumber - today.DayNumber, 5, 5 + 14); // five working days, holidays and weekends between
        var twice = await firm.PostAsJsonAsync($"/api/policy-applications?policyId={open}", new ApplyForPolicy.Request(null), TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("已于", await twice.Content.ReadAsStringAsync(Ct));

        var waiting = (await (await office.GetAsync($"/api/policy-applications?policyId={open}", Ct)).ReadAsync<PagedList<ListApplications.Row>>()).Items;
        var row = Assert.Single(waiting);
        Assert.Equal((ApplicationStatus.Submitted, false, portal.EnterpriseId), (row.Status, row.Overdue, row.EnterpriseId));
        var noReason = await office.PostAsJsonAsync($"/api/policy-applications/{row.Id}/decision", new DecideApplication.Request(false, "", row.Version), TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent,
            (await office.PostAsJsonAsync($"/api/policy-applications/{row.Id}/decision", new DecideApplication.Request(true, null, row.Version), TestData.Json, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, // decided once
            (await office.PostAsJsonAsync($"/api/policy-applications/{row.Id}/decision", new DecideApplication.Request(true, null, row.Version + 1), TestData.Json, Ct)).StatusCode);

        portal = await (await firm.GetAsync("/api/enterprises/0/policies", Ct)).ReadAsync<GetFirmPolicies.Result>();
        item = portal.Policies.Single(p => p.PolicyId == open);
        Assert.Equal((ApplicationStatus.Approved, AwardStatus.Approved, 6m), (item.Application!.Status, item.Award!.Status, item.Award.Amount));
        Assert.Contains("✓ 企业规模", item.Award.Criteria);
        var notices = await (await firm.GetAsync("/api/notifications?pageSize=50", Ct)).ReadAsync<PagedList<Inbox.Item>>();
        Assert.Contains(notices.Items, n => n.Topic == NotificationTopic.ApplicationDecided && n.Title.Contains("已批准"));

        // The approved award waits on the office's payment worklist until it is paid.
        var toPay = (await (await office.GetAsync($"/api/awards?policyId={open}", Ct)).ReadAsync<PagedList<ListAwards.Row>>()).Items;
        var award = Assert.Single(toPay);
        Assert.Equal((portal.EnterpriseId, AwardStatus.Approved, (int?)null, 6m), (award.EnterpriseId, award.Status, award.BatchId, award.Amount));
        Assert.Equal(1, await (await office.PostAsJsonAsync("/api/awards/payments", new RecordDisbursement.Request([award.Id], today, "财拨申请1"), TestData.Json, Ct)).ReadAsync<int>());
        Assert.Empty((await (await office.GetAsync($"/api/awards?policyId={open}", Ct)).ReadAsync<PagedList<ListAwards.Row>>()).Items);
        var paid = Assert.Single((await (await office.GetAsync($"/api/awards?policyId={open}&status=Paid", Ct)).ReadAsync<PagedList<ListAwards.Row>>()).Items);
        Assert.Equal("财拨申请1", paid.VoucherNo);
    }

    [Fact]
    public async Task Only_the_firms_own_policies_are_open_to_it_and_a_county_officer_sees_its_county()
    {
        using var firm = await App.ClientAsAsync("firm");
        using var county = await App.ClientAsAsync("county");
        var own = await (await firm.GetAsync("/api/enterprises/0/policies", Ct)).ReadAsync<GetFirmPolicies.Result>();
        using var office = await App.ClientAsAsync("office");
        var elsewhere = (await (await office.GetAsync("/api/enterprises?region=610921&pageSize=1", Ct)).ReadAsync<PagedList<ListEnterprises.Row>>()).Items[0].Id;
        // A firm account always gets its own firm, whatever id it asks for; a county officer gets no firm outside its county.
        Assert.Equal(own.EnterpriseId, (await (await firm.GetAsync($"/api/enterprises/{elsewhere}/policies", Ct)).ReadAsync<GetFirmPolicies.Result>()).EnterpriseId);
        Assert.Equal(HttpStatusCode.NotFound, (await county.GetAsync($"/api/enterprises/{elsewhere}/policies", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync($"/api/enterprises/{elsewhere}/policies", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await firm.GetAsync("/api/matching/matches", Ct)).StatusCode);
    }
}

[Collection("sqlite")]
public sealed class SqliteApplicationFlowTests(SqliteApp app) : ApplicationFlowTests(app);

[Collection("postgres")]
public sealed class PostgresApplicationFlowTests(PostgresApp app) : ApplicationFlowTests(app);
