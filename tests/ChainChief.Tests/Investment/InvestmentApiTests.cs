using System.Net;
using System.Net.Http.Json;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Investment;
using ChainChief.Web.Features.Notifications;
using ChainChief.Web.Features.Projects;
using ChainChief.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ChainChief.Tests.Investment.InvestmentCalls;

namespace ChainChief.Tests.Investment;

/// <summary>The target library, 以链招商 gap matching, and a lead from collection to a project, with its escalation.</summary>
public abstract class InvestmentApiTests(AppFixture fixture) : AppTests(fixture)
{
    [Fact]
    public async Task A_gap_node_lists_the_targets_tagged_with_it_first_then_those_whose_industry_matches_and_no_others()
    {
        using var office = await App.ClientAsAsync("office");
        var (chain, nodes) = await office.ChainWithMapAsync();
        var copper = nodes["铜材"]; // 3251, 3252
        var tagged = await office.CreateTargetAsync(Target(Unique("标记铜材"), "2929", chain, copper.Id)); // industry unrelated, tagged
        var exact = await office.CreateTargetAsync(Target(Unique("铜冶炼"), "3251"));
        var broader = await office.CreateTargetAsync(Target(Unique("有色压延"), "325"));
        var other = await office.CreateTargetAsync(Target(Unique("铝压延"), "3253"));
        var wiring = await office.CreateTargetAsync(Target(Unique("线缆"), "3831"));
        var division = await office.CreateTargetAsync(Target(Unique("有色大类"), "32"));

        var result = await (await office.GetAsync($"/api/chains/{chain}/nodes/{copper.Id}/investment", Ct)).ReadAsync<GetNodeInvestment.Result>();
        var ids = result.Targets.Select(t => t.TargetFirmId).ToList();
        Assert.Equal(tagged, ids[0]);
        Assert.True(result.Targets[0].Tagged);
        Assert.Contains(exact, ids);
        Assert.Contains(broader, ids);
        Assert.DoesNotContain(other, ids);
        Assert.DoesNotContain(wiring, ids);
        Assert.DoesNotContain(division, ids); // a 2-digit division is too broad to say it fills this node

        var pulling = await (await office.GetAsync($"/api/chains/{chain}/nodes/{nodes["拉线"].Id}/investment", Ct)).ReadAsync<GetNodeInvestment.Result>();
        Assert.Contains(wiring, pulling.Targets.Select(t => t.TargetFirmId));
        Assert.DoesNotContain(tagged, pulling.Targets.Select(t => t.TargetFirmId));

        using var firm = await App.ClientAsAsync("firm");
        Assert.Equal(HttpStatusCode.Forbidden, (await firm.GetAsync($"/api/chains/{chain}/nodes/{copper.Id}/investment", Ct)).StatusCode);
    }

    [Fact]
    public async Task Target_input_is_checked_field_by_field_names_are_unique_and_a_stale_edit_is_refused()
    {
        using var office = await App.ClientAsAsync("office");
        var (chain, nodes) = await office.ChainWithMapAsync();
        var bad = await office.PostAsJsonAsync("/api/investment/targets", new TargetFirmInput { Name = " ", HqRegionCode = "999999", IndustryCode = "X9", NodeIds = [nodes["铜材"].Id] }, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var text = await bad.Content.ReadAsStringAsync(Ct);
        foreach (var message in new[] { "请填写企业名称", "不是有效的行政区划代码", "不在GB/T 4754-2017中", "选择拟补环节前请先选择产业链" })
        {
            Assert.Contains(message, text);
        }
        var name = Unique("重名企业");
        var id = await office.CreateTargetAsync(Target(name, "3831", chain, nodes["拉线"].Id));
        Assert.Contains("已有同名企业", await (await office.PostAsJsonAsync("/api/investment/targets", Target(name, "3831"), TestData.Json, Ct)).Content.ReadAsStringAsync(Ct));

        var row = await (await office.GetAsync($"/api/investment/targets/{id}", Ct)).ReadAsync<ListTargetFirms.Row>();
        Assert.Equal(["拉线"], row.Nodes);
        var edit = Target(name, "3831", chain, nodes["线束加工"].Id);
        edit.Version = row.Version;
        Assert.Equal(HttpStatusCode.NoContent, (await office.PutAsJsonAsync($"/api/investment/targets/{id}", edit, TestData.Json, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await office.PutAsJsonAsync($"/api/investment/targets/{id}", edit, TestData.Json, Ct)).StatusCode);
        Assert.Equal(["线束加工"], (await (await office.GetAsync($"/api/investment/targets/{id}", Ct)).ReadAsync<ListTargetFirms.Row>()).Nodes);

        using var chief = await App.ClientAsAsync("chief");
        Assert.Equal(HttpStatusCode.OK, (await chief.GetAsync($"/api/investment/targets/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await chief.PostAsJsonAsync("/api/investment/targets", Target(Unique("链长"), "3831"), TestData.Json, Ct)).StatusCode);
    }

    [Fact]
    public async Task A_lead_moves_stage_by_stage_converts_to_a_project_in_one_step_and_is_closed()
    {
        using var office = await App.ClientAsAsync("office");
        var (chain, nodes) = await office.ChainWithMapAsync();
        var target = await office.CreateTargetAsync(Target(Unique("目标线缆"), "3831", chain, nodes["拉线"].Id));
        var input = Lead(chain, nodes["拉线"].Id, "");
        input.FirmName = null;
        input.TargetFirmId = target;
        var id = await (await office.PostAsJsonAsync("/api/investment/leads", input, TestData.Json, Ct)).CreatedIdAsync();
        var lead = await (await office.GetAsync($"/api/investment/leads/{id}", Ct)).ReadAsync<GetLead.Detail>();
        Assert.StartsWith("目标线缆", lead.Lead.FirmName);
        Assert.Equal((LeadStage.Collected, LeadStage.Screened, false), (lead.Lead.Stage, lead.NextStage, lead.CanConvert));

        var draft = await (await office.GetAsync($"/api/investment/leads/{id}/project-draft", Ct)).ReadAsync<ProjectInput>();
        draft.CountyCode = "610902";
        var early = await office.PostAsJsonAsync($"/api/investment/leads/{id}/convert", new InvestmentApi.ConvertRequest(draft, lead.Lead.Version), TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("研判之后才能转为项目", await early.Content.ReadAsStringAsync(Ct));

        var version = lead.Lead.Version;
        foreach (var expected in new[] { LeadStage.Screened, LeadStage.Assessed })
        {
            Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/investment/leads/{id}/actions", new ActOnLead.Request(ActOnLead.Action.Advance, null, "约见董事长", null, version), TestData.Json, Ct)).StatusCode);
            lead = await (await office.GetAsync($"/api/investment/leads/{id}", Ct)).ReadAsync<GetLead.Detail>();
            Assert.Equal(expected, lead.Lead.Stage);
            version = lead.Lead.Version;
        }
        Assert.Equal(HttpStatusCode.Conflict, (await office.PostAsJsonAsync($"/api/investment/leads/{id}/actions", new ActOnLead.Request(ActOnLead.Action.Note, "重复提交", null, null, version - 1), TestData.Json, Ct)).StatusCode);
        Assert.Contains("放弃线索须说明原因", await (await office.PostAsJsonAsync($"/api/investment/leads/{id}/actions", new ActOnLead.Request(ActOnLead.Action.Drop, "", null, null, version), TestData.Json, Ct)).Content.ReadAsStringAsync(Ct));

        var badDraft = new InvestmentApi.ConvertRequest(new ProjectInput { Name = draft.Name, InvestorName = draft.InvestorName, ChainId = chain, CountyCode = "" }, version);
        Assert.Contains("请选择项目落地的县区", await (await office.PostAsJsonAsync($"/api/investment/leads/{id}/convert", badDraft, TestData.Json, Ct)).Content.ReadAsStringAsync(Ct));
        Assert.Equal(LeadStage.Assessed, (await (await office.GetAsync($"/api/investment/leads/{id}", Ct)).ReadAsync<GetLead.Detail>()).Lead.Stage);

        var converted = await office.PostAsJsonAsync($"/api/investment/leads/{id}/convert", new InvestmentApi.ConvertRequest(draft, version), TestData.Json, Ct);
        var projectId = await converted.CreatedIdAsync();
        lead = await (await office.GetAsync($"/api/investment/leads/{id}", Ct)).ReadAsync<GetLead.Detail>();
        Assert.Equal((LeadStage.Converted, projectId, false), (lead.Lead.Stage, lead.ProjectId, lead.CanEdit));
        Assert.Equal([LeadEventKind.Created, LeadEventKind.Advanced, LeadEventKind.Advanced, LeadEventKind.Converted], lead.History.Select(h => h.Kind));
        var project = await (await office.GetAsync($"/api/projects/{projectId}", Ct)).ReadAsync<GetProject.Detail>();
        Assert.Equal((ProjectStage.Negotiating, id, nodes["拉线"].Id, 30_000m, ServiceLevel.Commissioner), (project.Stage, project.LeadId, project.NodeId, project.TotalInvestment, project.Level));
        Assert.Equal(HttpStatusCode.Conflict, (await office.PostAsJsonAsync($"/api/investment/leads/{id}/actions", new ActOnLead.Request(ActOnLead.Action.Note, "再跟进", null, null, lead.Lead.Version), TestData.Json, Ct)).StatusCode);

        // The project then advances on its own rules; the node shows it under way.
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/projects/{projectId}/stage", new AdvanceProject.Request(ProjectStage.Signed, DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), null, project.Version), TestData.Json, Ct)).StatusCode);
        var node = await (await office.GetAsync($"/api/chains/{chain}/nodes/{nodes["拉线"].Id}/investment", Ct)).ReadAsync<GetNodeInvestment.Result>();
        Assert.Contains(node.Projects, p => p.Id == projectId && p.Stage == ProjectStage.Signed);
    }

    [Fact]
    public async Task A_county_officer_registers_and_sees_only_projects_in_its_county()
    {
        using var office = await App.ClientAsAsync("office");
        using var county = await App.ClientAsAsync("county"); // 610902 汉滨区
        var (chain, nodes) = await office.ChainWithMapAsync();
        var elsewhere = Project(chain, nodes["拉线"].Id, Unique("旬阳项目"), Unique("投资方"));
        elsewhere.CountyCode = "610981";
        var refused = await county.PostAsJsonAsync("/api/projects", elsewhere, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("只能登记本辖区落地的项目", await refused.Content.ReadAsStringAsync(Ct));
        var theirs = await (await office.PostAsJsonAsync("/api/projects", elsewhere, TestData.Json, Ct)).CreatedIdAsync();
        var mine = await (await county.PostAsJsonAsync("/api/projects", Project(chain, nodes["拉线"].Id, Unique("汉滨项目"), Unique("投资方")), TestData.Json, Ct)).CreatedIdAsync();

        var seen = await (await county.GetAsync($"/api/projects?chainId={chain}&pageSize=50", Ct)).ReadAsync<PagedList<ListProjects.Row>>();
        Assert.Equal([mine], seen.Items.Select(r => r.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await county.GetAsync($"/api/projects/{theirs}", Ct)).StatusCode);
        var detail = await (await office.GetAsync($"/api/projects/{theirs}", Ct)).ReadAsync<GetProject.Detail>();
        Assert.Equal(HttpStatusCode.NotFound, (await county.PostAsJsonAsync($"/api/projects/{theirs}/stage", new AdvanceProject.Request(ProjectStage.Negotiating, null, null, detail.Version), TestData.Json, Ct)).StatusCode);
        Assert.Equal(2, (await (await office.GetAsync($"/api/projects?chainId={chain}&pageSize=50", Ct)).ReadAsync<PagedList<ListProjects.Row>>()).Total);
    }

    [Fact]
    public async Task A_quiet_lead_goes_to_the_task_force_then_to_the_chief_once_each_and_activity_clears_it()
    {
        using var office = await App.ClientAsAsync("office");
        var (chain, _) = await office.ChainWithMapAsync();
        var id = await (await office.PostAsJsonAsync("/api/investment/leads", Lead(chain, null, Unique("静默企业")), TestData.Json, Ct)).CreatedIdAsync();
        await using var scope = App.Scope();
        var pass = scope.ServiceProvider.GetRequiredService<EscalateStalledLeads>();
        var dbs = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
        async Task<(LeadEscalation Level, int TaskForce, int Chief)> StateAsync()
        {
            await using var db = await dbs.CreateDbContextAsync(Ct);
            var link = $"/investment/leads/{id}";
            return (await db.Leads.Where(l => l.Id == id).Select(l => l.Escalation).SingleAsync(Ct),
                await db.Notifications.CountAsync(n => n.Link == link && n.Topic == NotificationTopic.LeadStalled, Ct),
                await db.Notifications.CountAsync(n => n.Link == link && n.Topic == NotificationTopic.LeadEscalatedToChief, Ct));
        }
        var now = DateTime.UtcNow;
        await pass.RunPassAsync(now.AddDays(14), Ct);
        Assert.Equal((LeadEscalation.None, 0, 0), await StateAsync());
        await pass.RunPassAsync(now.AddDays(16), Ct);
        var (level, taskForce, chief) = await StateAsync();
        Assert.Equal((LeadEscalation.TaskForce, 0), (level, chief));
        Assert.True(taskForce >= 1);
        await pass.RunPassAsync(now.AddDays(17), Ct);
        Assert.Equal((LeadEscalation.TaskForce, taskForce, 0), await StateAsync());
        await pass.RunPassAsync(now.AddDays(31), Ct);
        var afterChief = await StateAsync();
        Assert.Equal(LeadEscalation.Chief, afterChief.Level);
        Assert.True(afterChief.Chief >= 1);

        using var chiefClient = await App.ClientAsAsync("chief");
        var inbox = await (await chiefClient.GetAsync("/api/notifications?unread=true&pageSize=50", Ct)).ReadAsync<PagedList<Inbox.Item>>();
        Assert.Contains(inbox.Items, n => n.Link == $"/investment/leads/{id}" && n.Topic == NotificationTopic.LeadEscalatedToChief);
        var escalated = await (await office.GetAsync("/api/investment/leads?escalated=true&pageSize=200", Ct)).ReadAsync<PagedList<ListLeads.Row>>();
        var row = Assert.Single(escalated.Items, r => r.Id == id);
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/investment/leads/{id}/actions", new ActOnLead.Request(ActOnLead.Action.Note, "已电话联系，下周来访", null, null, row.Version), TestData.Json, Ct)).StatusCode);
        Assert.Equal(LeadEscalation.None, (await StateAsync()).Level);
    }
}

[Collection("sqlite")]
public sealed class SqliteInvestmentApiTests(SqliteApp app) : InvestmentApiTests(app);

[Collection("postgres")]
public sealed class PostgresInvestmentApiTests(PostgresApp app) : InvestmentApiTests(app);
