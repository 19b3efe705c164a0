using System.Net;
using System.Net.Http.Json;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Features.Investment;
using ChainChief.Web.Features.Projects;
using ChainChief.Web.Infrastructure;
using static ChainChief.Tests.Investment.InvestmentCalls;

namespace ChainChief.Tests.Investment;

/// <summary>
/// A confidential project's name and investor reach only the users named on it: every other official, through every
/// list, detail, search, export, node panel, lead and audit entry, sees its code name and never the firm.
/// </summary>
public abstract class ConfidentialProjectTests(AppFixture fixture) : AppTests(fixture)
{
    [Fact]
    public async Task No_page_list_export_search_or_audit_entry_shows_the_firm_to_a_user_not_named()
    {
        using var office = await App.ClientAsAsync("office");
        var (chain, nodes) = await office.ChainWithMapAsync();
        var investor = Unique("绝密新能源集团");
        var name = $"{investor}线束基地项目";
        var code = Unique("A-");
        var leadId = await (await office.PostAsJsonAsync("/api/investment/leads", Lead(chain, nodes["拉线"].Id, investor), TestData.Json, Ct)).CreatedIdAsync();
        var lead = await (await office.GetAsync($"/api/investment/leads/{leadId}", Ct)).ReadAsync<GetLead.Detail>();
        foreach (var _ in new[] { 1, 2 })
        {
            await office.PostAsJsonAsync($"/api/investment/leads/{leadId}/actions", new ActOnLead.Request(ActOnLead.Action.Advance, null, null, null, lead.Lead.Version), TestData.Json, Ct);
            lead = await (await office.GetAsync($"/api/investment/leads/{leadId}", Ct)).ReadAsync<GetLead.Detail>();
        }
        var input = Project(chain, nodes["拉线"].Id, name, investor);
        (input.IsConfidential, input.CodeName, input.Notes) = (true, code, $"{investor}董事长已两次来安康考察");
        var id = await (await office.PostAsJsonAsync($"/api/investment/leads/{leadId}/convert", new InvestmentApi.ConvertRequest(input, lead.Lead.Version), TestData.Json, Ct)).CreatedIdAsync();
        var detail = await (await office.GetAsync($"/api/projects/{id}", Ct)).ReadAsync<GetProject.Detail>();
        Assert.Equal((name, investor, true), (detail.Name, detail.Investor, detail.Open));
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/projects/{id}/stage", new AdvanceProject.Request(ProjectStage.Terminated, DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), $"{investor}暂缓投资", detail.Version), TestData.Json, Ct)).StatusCode);

        string[] urls =
        [
            $"/api/projects/{id}", "/api/projects?pageSize=200", $"/api/projects?q={Uri.EscapeDataString(investor)}", $"/api/projects?chainId={chain}",
            $"/api/projects/export?chainId={chain}", $"/api/chains/{chain}/nodes/{nodes["拉线"].Id}/investment", $"/api/investment/leads/{leadId}",
        ];
        foreach (var user in new[] { "chief", "county", "dept" })
        {
            using var client = await App.ClientAsAsync(user);
            foreach (var url in urls)
            {
                var response = await client.GetAsync(url, Ct);
                // The county officer does not see a lead that would land at city level: a 404 shows nothing either.
                Assert.True(response.IsSuccessStatusCode || (user == "county" && url.Contains("/leads/")), $"{user} {url}: {(int)response.StatusCode}");
                var body = url.Contains("/export") ? string.Join("\n", await ExcelText(response)) : await response.Content.ReadAsStringAsync(Ct);
                Assert.DoesNotContain(investor, body);
            }
            var seen = await (await client.GetAsync($"/api/projects/{id}", Ct)).ReadAsync<GetProject.Detail>();
            Assert.Equal((code, (string?)null, (int?)null, false), (seen.Name, seen.Investor, seen.LeadId, seen.Open));
            Assert.Contains((await (await client.GetAsync($"/api/projects?chainId={chain}", Ct)).ReadAsync<PagedList<ListProjects.Row>>()).Items, r => r.Id == id && r.Name == code);
            Assert.Empty((await (await client.GetAsync($"/api/projects?q={Uri.EscapeDataString(investor)}", Ct)).ReadAsync<PagedList<ListProjects.Row>>()).Items);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/projects/{id}/viewers", Ct)).StatusCode);
        }
        // Not even an administrator reads it in the audit log.
        using var admin = await App.ClientAsAsync("admin");
        var audit = await (await admin.GetAsync($"/api/audit?subjectType=Project&subjectId={id}&pageSize=200", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("***", audit);
        Assert.DoesNotContain(investor, audit);
        Assert.DoesNotContain(investor, await (await admin.GetAsync($"/api/projects/{id}", Ct)).Content.ReadAsStringAsync(Ct));

        // Named, the department official sees it; an edit by someone not named is refused.
        using var dept = await App.ClientAsAsync("dept");
        var refused = await dept.PutAsJsonAsync($"/api/projects/{id}", input, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var candidates = await (await office.GetAsync($"/api/projects/{id}/viewers/candidates", Ct)).ReadAsync<List<ManageProjectViewers.Candidate>>();
        var deptUser = Assert.Single(candidates, c => c.Name == "市发改委 张科长");
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/projects/{id}/viewers", new ProjectsApi.ViewerRequest(deptUser.UserId), TestData.Json, Ct)).StatusCode);
        var named = await (await dept.GetAsync($"/api/projects/{id}", Ct)).ReadAsync<GetProject.Detail>();
        Assert.Equal((name, investor, true), (named.Name, named.Investor, named.Open));
        Assert.Contains($"{investor}暂缓投资", named.History.Select(h => h.Note));
    }

    private static async Task<List<string>> ExcelText(HttpResponseMessage response)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(Ct);
        var memory = new MemoryStream();
        await stream.CopyToAsync(memory, Ct);
        memory.Position = 0;
        return [.. Web.Infrastructure.Excel.ExcelWorkbook.ReadTable(memory).SelectMany(r => r)];
    }
}

[Collection("sqlite")]
public sealed class SqliteConfidentialProjectTests(SqliteApp app) : ConfidentialProjectTests(app);

[Collection("postgres")]
public sealed class PostgresConfidentialProjectTests(PostgresApp app) : ConfidentialProjectTests(app);
