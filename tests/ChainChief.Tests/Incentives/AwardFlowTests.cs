using System.Net;
using System.Net.Http.Json;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Features.Incentives;
using ChainChief.Web.Infrastructure;

namespace ChainChief.Tests.Incentives;

/// <summary>
/// 免申即享 end to end through the API: a published policy finds exactly the firms that qualify, a batch freezes why
/// each qualified, approval strikes one out with a reason, payment closes the batch and counts in the 应享尽享 rate;
/// milestones are paid once across runs, and editing a policy leaves awards made under the old revision alone.
/// </summary>
public abstract class AwardFlowTests(AppFixture fixture) : AppTests(fixture)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task Matching_finds_only_qualifying_firms_and_a_batch_goes_through_approval_and_payment()
    {
        using var office = await App.ClientAsAsync("office");
        var (chain, firms) = await office.FirmsOnNewChainAsync(120, 260, 99);
        var policy = await office.PublishAsync(IncentivesCalls.Policy(chain, new BenefitFormula { Kind = BenefitKind.PerUnit, Fact = FactCatalog.Employees, Amount = 0.1m, Cap = 20 }));

        var run = await office.MatchAsync();
        Assert.True(run.Policies >= 1 && run.Firms > 1000, $"{run.Policies} policies × {run.Firms} firms");
        var matches = await office.MatchesAsync(policy);
        Assert.Equal([firms[1], firms[0]], matches.Select(m => m.EnterpriseId)); // 99 employees is below the rule's 100
        Assert.Equal([20m, 12m], matches.Select(m => m.Amount)); // 260 × 0.1 = 26, capped at 20
        Assert.Contains("上限", matches[0].Benefit);

        var batch = await (await office.PostAsJsonAsync($"/api/award-batches?policyId={policy}", new CreateAwardBatch.Request("第一批"), TestData.Json, Ct))
            .ReadAsync<CreateAwardBatch.Outcome>();
        Assert.Equal((2, 32m, 0), (batch.Awards, batch.Amount, batch.LeftOut));
        var again = await office.PostAsJsonAsync($"/api/award-batches?policyId={policy}", new CreateAwardBatch.Request(null), TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode); // every match is in a batch
        var detail = await (await office.GetAsync($"/api/award-batches/{batch.BatchId}", Ct)).ReadAsync<GetAwardBatch.Detail>();
        var big = detail.Awards.Single(a => a.EnterpriseId == firms[1]);
        Assert.Contains("✓ 从业人员 260 人", big.Criteria);
        Assert.All(detail.Awards, a => Assert.DoesNotContain("✗", a.Criteria));

        var noReason = new ApproveAwardBatch.Request(detail.Version, [new ApproveAwardBatch.Rejection(big.Id, " ")]);
        Assert.Equal(HttpStatusCode.BadRequest, (await office.PostAsJsonAsync($"/api/award-batches/{batch.BatchId}/approval", noReason, TestData.Json, Ct)).StatusCode);
        var approval = new ApproveAwardBatch.Request(detail.Version, [new ApproveAwardBatch.Rejection(big.Id, "用工人数待人社部门核实")]);
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/award-batches/{batch.BatchId}/approval", approval, TestData.Json, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await office.PostAsJsonAsync($"/api/award-batches/{batch.BatchId}/approval", approval, TestData.Json, Ct)).StatusCode);

        var small = detail.Awards.Single(a => a.EnterpriseId == firms[0]).Id;
        var refused = await office.PostAsJsonAsync("/api/awards/payments", new RecordDisbursement.Request([small, big.Id], Today, "财拨001"), TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode); // the struck-out award cannot be paid
        Assert.Contains(big.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), await refused.Content.ReadAsStringAsync(Ct));
        var paid = await office.PostAsJsonAsync("/api/awards/payments", new RecordDisbursement.Request([small], Today, "财拨001"), TestData.Json, Ct);
        Assert.Equal(1, await paid.ReadAsync<int>());

        detail = await (await office.GetAsync($"/api/award-batches/{batch.BatchId}", Ct)).ReadAsync<GetAwardBatch.Detail>();
        Assert.Equal(BatchStatus.Paid, detail.Status);
        Assert.Equal((12m, 12m), (detail.Approved, detail.Paid));
        var figures = (await office.PolicyAsync(policy)).Figures!;
        Assert.Equal((2, 1, 12m, 32m, 50.0m), (figures.Eligible, figures.Paid, figures.PaidAmount, figures.EligibleAmount, figures.Rate));

        var portal = await (await office.GetAsync($"/api/enterprises/{firms[0]}/policies", Ct)).ReadAsync<GetFirmPolicies.Result>();
        var award = portal.Awards.Single(a => a.Year == Today.Year - 1 && a.Status == AwardStatus.Paid && a.VoucherNo == "财拨001");
        Assert.Contains("✓ 从业人员 120 人", award.Criteria);
        var item = portal.Policies.Single(p => p.PolicyId == policy);
        Assert.True(item.Eligible);
        Assert.Equal(AwardStatus.Paid, item.Award!.Status);
    }

    [Fact]
    public async Task Milestones_are_paid_once_however_often_matching_runs_and_never_again_in_a_later_year()
    {
        using var office = await App.ClientAsAsync("office");
        var (chain, firms) = await office.FirmsOnNewChainAsync(250, 320);
        var formula = new BenefitFormula
        {
            Kind = BenefitKind.Milestones, Fact = FactCatalog.Employees, Steps = [new BenefitStep(100, 1), new BenefitStep(200, 2), new BenefitStep(300, 5)],
        };
        var policy = await office.PublishAsync(IncentivesCalls.Policy(chain, formula));
        var revision = (await office.PolicyAsync(policy)).Revisions[0].Id;
        await App.AddAwardAsync(new Award
        {
            PolicyId = policy, RevisionId = revision, EnterpriseId = firms[1], Year = Today.Year - 2, CountyCode = "610902", Amount = 3, Benefit = "首次突破 100、200",
            Milestones = "100;200", Status = AwardStatus.Paid, PaidOn = Today.AddYears(-1), VoucherNo = "财拨2024",
        });

        await office.MatchAsync();
        var amounts = (await office.MatchesAsync(policy)).ToDictionary(m => m.EnterpriseId, m => m.Amount);
        Assert.Equal(3m, amounts[firms[0]]); // 100 and 200 crossed
        Assert.Equal(5m, amounts[firms[1]]); // 100 and 200 were paid for an earlier year: only 300 now
        await PayAllAsync(office, policy);

        await office.MatchAsync();
        await office.MatchAsync();
        var after = await office.MatchesAsync(policy);
        Assert.Equal([(firms[0], 3m, AwardStatus.Paid), (firms[1], 5m, AwardStatus.Paid)],
            after.OrderBy(m => m.EnterpriseId).Select(m => (m.EnterpriseId, m.Amount, m.Award!.Value)));
        var again = await office.PostAsJsonAsync($"/api/award-batches?policyId={policy}", new CreateAwardBatch.Request(null), TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode); // re-runs found nothing new to pay
    }

    [Fact]
    public async Task Editing_a_policy_makes_a_revision_and_leaves_past_awards_as_they_were()
    {
        using var office = await App.ClientAsAsync("office");
        var (chain, firms) = await office.FirmsOnNewChainAsync(150, 180);
        var input = IncentivesCalls.Policy(chain, new BenefitFormula { Kind = BenefitKind.Flat, Amount = 8 });
        var policy = await office.PublishAsync(input);
        await office.MatchAsync();
        var batch = await (await office.PostAsJsonAsync($"/api/award-batches?policyId={policy}", new CreateAwardBatch.Request(null), TestData.Json, Ct))
            .ReadAsync<CreateAwardBatch.Outcome>();
        Assert.Equal(16m, batch.Amount);

        var read = await office.PolicyAsync(policy);
        var edit = read.Definition;
        (edit.Formula, edit.ChangeNote) = (new BenefitFormula { Kind = BenefitKind.Flat, Amount = 12 }, "提高定额");
        Assert.Equal(HttpStatusCode.NoContent, (await office.PutAsJsonAsync($"/api/policies/{policy}", edit, TestData.Json, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await office.PutAsJsonAsync($"/api/policies/{policy}", edit, TestData.Json, Ct)).StatusCode); // stale version

        var after = await office.PolicyAsync(policy);
        Assert.Equal(read.Revision + 1, after.Revision);
        Assert.Equal("提高定额", after.Revisions[0].Note);
        var detail = await (await office.GetAsync($"/api/award-batches/{batch.BatchId}", Ct)).ReadAsync<GetAwardBatch.Detail>();
        Assert.All(detail.Awards, a => Assert.Equal((8m, read.Revision), (a.Amount, a.Revision)));

        await office.MatchAsync();
        Assert.All(await office.MatchesAsync(policy), m => Assert.Equal(12m, m.Amount)); // matches follow the new revision
        Assert.All(detail.Awards, a => Assert.Contains(a.EnterpriseId, firms));
    }

    [Fact]
    public async Task Bad_policies_are_refused_with_the_place_and_reason()
    {
        using var office = await App.ClientAsAsync("office");
        var input = IncentivesCalls.Policy(1, new BenefitFormula { Kind = BenefitKind.Percentage, Fact = FactCatalog.RnD });
        input.Title = "";
        input.Rule = PolicyRule.All(PolicyRule.Compare("nonsense", "ge", 1), PolicyRule.In(FactCatalog.Region, "999999"));
        var response = await office.PostAsJsonAsync("/api/policies", input, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("条件1", body);
        Assert.Contains("nonsense", body);

        foreach (var json in new[]
        {
            """{ "title": "空条件", "issuer": "市政府", "documentNo": "1号", "effectiveFrom": "2026-01-01", "rule": null, "formula": null, "parameters": null }""",
            """{ "title": "空子条件", "issuer": "市政府", "documentNo": "1号", "effectiveFrom": "2026-01-01", "summary": null, "rule": { "kind": "any", "children": [ { "kind": "all", "children": null }, null ] }, "formula": { "kind": "Flat", "amount": 1, "steps": null } }""",
        })
        {
            var bad = await office.PostAsync("/api/policies", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode); // hand-written files with nulls are refused with reasons, not a 500
            Assert.Contains("条件", await bad.Content.ReadAsStringAsync(Ct));
        }

        using var county = await App.ClientAsAsync("county");
        Assert.Equal(HttpStatusCode.Forbidden, (await county.PostAsJsonAsync("/api/policies", input, TestData.Json, Ct)).StatusCode);
        var matches = await (await county.GetAsync("/api/matching/matches?pageSize=200", Ct)).ReadAsync<PagedList<ListMatches.Row>>();
        Assert.NotEmpty(matches.Items);
        Assert.All(matches.Items, m => Assert.Equal("汉滨区", m.County)); // a county officer sees its county's firms only
    }

    private static async Task PayAllAsync(HttpClient office, int policy)
    {
        var response = await office.PostAsJsonAsync($"/api/award-batches?policyId={policy}", new CreateAwardBatch.Request(null), TestData.Json, Ct);
        var batch = await response.ReadAsync<CreateAwardBatch.Outcome>();
        var detail = await (await office.GetAsync($"/api/award-batches/{batch.BatchId}", Ct)).ReadAsync<GetAwardBatch.Detail>();
        Assert.Equal(Today.Year - 1, detail.Year);
        await office.PostAsJsonAsync($"/api/award-batches/{batch.BatchId}/approval", new ApproveAwardBatch.Request(detail.Version, []), TestData.Json, Ct);
        await (await office.PostAsJsonAsync("/api/awards/payments", new RecordDisbursement.Request([.. detail.Awards.Select(a => a.Id)], Today, "财拨M"), TestData.Json, Ct))
            .ReadAsync<int>();
    }
}

[Collection("sqlite")]
public sealed class SqliteAwardFlowTests(SqliteApp app) : AwardFlowTests(app);

[Collection("postgres")]
public sealed class PostgresAwardFlowTests(PostgresApp app) : AwardFlowTests(app);
