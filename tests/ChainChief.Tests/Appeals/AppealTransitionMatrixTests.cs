using System.Net;
using System.Net.Http.Json;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Appeals;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ChainChief.Tests.Appeals.AppealCalls;

namespace ChainChief.Tests.Appeals;

/// <summary>
/// Every action in every state, through the API, for every kind of user: the ones DOMAIN §7 allows move the appeal; every
/// other one is refused and writes nothing — 409 with the reason for a party of the appeal (wrong turn or wrong state), 403
/// for a leader who may only read, 409 "not in your scope" for a firm or department it does not concern.
/// </summary>
public abstract class AppealTransitionMatrixTests(AppFixture fixture) : AppTests(fixture)
{
    /// <summary>Where an appeal can stand; "InProgressExtension" is 办理中 with a 延期 request waiting.</summary>
    public enum Stage { Submitted, SignedIn, Assigned, InProgress, InProgressExtension, Replied, WithdrawalRequested, Closed, Withdrawn }

    // The table from DOMAIN §7, written out independently of AppealWorkflow: stage → party → allowed actions.
    private static readonly Dictionary<Stage, Dictionary<AppealParty, AppealAction[]>> Allowed = new()
    {
        [Stage.Submitted] = new() { [AppealParty.Office] = [AppealAction.SignIn], [AppealParty.Firm] = [AppealAction.RequestWithdrawal] },
        [Stage.SignedIn] = new() { [AppealParty.Office] = [AppealAction.Assign], [AppealParty.Firm] = [AppealAction.RequestWithdrawal] },
        [Stage.Assigned] = new()
        {
            [AppealParty.Office] = [AppealAction.Transfer],
            [AppealParty.Department] = [AppealAction.Accept, AppealAction.Return, AppealAction.Reply, AppealAction.RequestExtension],
            [AppealParty.Firm] = [AppealAction.RequestWithdrawal],
        },
        [Stage.InProgress] = new()
        {
            [AppealParty.Office] = [AppealAction.Transfer],
            [AppealParty.Department] = [AppealAction.Return, AppealAction.Reply, AppealAction.RequestExtension],
            [AppealParty.Firm] = [AppealAction.RequestWithdrawal],
        },
        [Stage.InProgressExtension] = new()
        {
            [AppealParty.Office] = [AppealAction.Transfer, AppealAction.ApproveExtension, AppealAction.RefuseExtension],
            [AppealParty.Department] = [AppealAction.Return, AppealAction.Reply],
            [AppealParty.Firm] = [AppealAction.RequestWithdrawal],
        },
        [Stage.Replied] = new()
        {
            [AppealParty.Office] = [AppealAction.Close],
            [AppealParty.Firm] = [AppealAction.RateSatisfied, AppealAction.RateUnsatisfied, AppealAction.RequestWithdrawal],
        },
        [Stage.WithdrawalRequested] = new() { [AppealParty.Office] = [AppealAction.ApproveWithdrawal, AppealAction.RefuseWithdrawal] },
        [Stage.Closed] = [],
        [Stage.Withdrawn] = [],
    };

    /// <summary>Where each allowed step leads from each stage.</summary>
    private static AppealState After(Stage stage, AppealAction action) => action switch
    {
        AppealAction.SignIn or AppealAction.Return => AppealState.SignedIn,
        AppealAction.Assign or AppealAction.Transfer or AppealAction.RateUnsatisfied => AppealState.Assigned,
        AppealAction.Accept => AppealState.InProgress,
        AppealAction.Reply => AppealState.Replied,
        AppealAction.RateSatisfied or AppealAction.Close => AppealState.Closed,
        AppealAction.RequestWithdrawal => AppealState.WithdrawalRequested,
        AppealAction.ApproveWithdrawal => AppealState.Withdrawn,
        AppealAction.RefuseWithdrawal => AppealState.Submitted, // back where it was: these are withdrawn from 已提交
        _ => stage is Stage.Assigned ? AppealState.Assigned : AppealState.InProgress, // 延期 requests and reviews keep the state
    };

    public static TheoryData<string> Users => ["firm", "office", "county", "admin", "dept", "chief", "firm-other", "dept-other"];

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Every_action_in_every_state_is_allowed_or_refused_as_DOMAIN_7_says(string user)
    {
        await EnsureOtherUsersAsync();
        using var firm = await App.ClientAsAsync("firm");
        using var office = await App.ClientAsAsync("office");
        using var dept = await App.ClientAsAsync("dept");
        using var actor = await App.ClientAsAsync(user);
        var party = user switch
        {
            "firm" => AppealParty.Firm,
            "office" or "county" or "admin" => AppealParty.Office,
            "dept" => AppealParty.Department,
            _ => (AppealParty?)null,
        };
        var refusals = 0;
        foreach (var stage in Enum.GetValues<Stage>())
        {
            var allowed = party is { } p && Allowed[stage].TryGetValue(p, out var actions) ? actions : [];
            var shared = await ReachAsync(stage, firm, office, dept);
            var before = await GetAsync(office, shared);
            foreach (var action in Enum.GetValues<AppealAction>())
            {
                if (allowed.Contains(action))
                {
                    var fresh = await ReachAsync(stage, firm, office, dept);
                    var ok = await PostAsync(actor, fresh, action, await StepFor(office, fresh, action));
                    Assert.True(ok.IsSuccessStatusCode, $"{user} {action} in {stage}: {(int)ok.StatusCode} {await ok.Content.ReadAsStringAsync(Ct)}");
                    var after = await GetAsync(office, fresh);
                    Assert.Equal(After(stage, action), after.State);
                    Assert.Equal(action, after.History[^1].Action);
                    continue;
                }
                var refused = await PostAsync(actor, shared, action, await StepFor(office, shared, action));
                var body = await refused.Content.ReadAsStringAsync(Ct);
                var expected = party is not null ? HttpStatusCode.Conflict : user == "chief" ? HttpStatusCode.Forbidden : HttpStatusCode.Conflict;
                Assert.True(expected == refused.StatusCode, $"{user} {action} in {stage}: expected {(int)expected}, got {(int)refused.StatusCode} {body}");
                if (party is null && user != "chief")
                {
                    Assert.Contains("不在您的范围内", body);
                }
                refusals++;
            }
            var unchanged = await GetAsync(office, shared);
            Assert.Equal((before.State, before.Version, before.History.Count), (unchanged.State, unchanged.Version, unchanged.History.Count));
        }
        Assert.True(refusals > 100, $"{refusals} refusals checked");
    }

    /// <summary>Posts the step as read by the office (the actor may not be able to read the appeal at all).</summary>
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, int id, AppealAction action, AppealStep step) =>
        client.PostAsJsonAsync($"/api/appeals/{id}/{action}", step, TestData.Json, Ct);

    /// <summary>A valid step for the action (department, note, days), so a refusal can only come from the workflow or access.</summary>
    private static async Task<AppealStep> StepFor(HttpClient office, int id, AppealAction action)
    {
        var detail = await GetAsync(office, id);
        var departments = detail.Departments;
        var target = action == AppealAction.Transfer
            ? departments.First(d => d.Id != detail.DepartmentId && d.Name == "安康市商务局").Id
            : departments.Single(d => d.Name == "安康市发展和改革委员会").Id;
        return new AppealStep
        {
            Version = detail.Version, Note = "说明", DepartmentId = target, WorkingDays = action == AppealAction.RequestExtension ? 2 : null,
        };
    }

    private static async Task<int> ReachAsync(Stage stage, HttpClient firm, HttpClient office, HttpClient dept)
    {
        var id = await FileAsync(firm, $"矩阵测试：{stage}");
        if (stage is Stage.WithdrawalRequested or Stage.Withdrawn)
        {
            await OkAsync(firm, id, AppealAction.RequestWithdrawal, new AppealStep { Note = "已自行解决" });
            if (stage == Stage.Withdrawn)
            {
                await OkAsync(office, id, AppealAction.ApproveWithdrawal);
            }
            return id;
        }
        var path = new[] { Stage.SignedIn, Stage.Assigned, Stage.InProgress, Stage.InProgressExtension, Stage.Replied, Stage.Closed };
        foreach (var next in path.Where(s => s <= stage))
        {
            switch (next)
            {
                case Stage.SignedIn: await OkAsync(office, id, AppealAction.SignIn); break;
                case Stage.Assigned: await OkAsync(office, id, AppealAction.Assign, new AppealStep { DepartmentId = await DepartmentOfDeptAsync(office, id) }); break;
                case Stage.InProgress: await OkAsync(dept, id, AppealAction.Accept); break;
                case Stage.InProgressExtension when stage == Stage.InProgressExtension:
                    await OkAsync(dept, id, AppealAction.RequestExtension, new AppealStep { WorkingDays = 2, Note = "需协调" }); break;
                case Stage.Replied: await OkAsync(dept, id, AppealAction.Reply, new AppealStep { Note = "已办理" }); break;
                case Stage.Closed: await OkAsync(firm, id, AppealAction.RateSatisfied); break;
            }
        }
        Assert.Equal(stage switch
        {
            Stage.InProgressExtension => AppealState.InProgress,
            _ => Enum.Parse<AppealState>(stage.ToString()),
        }, (await GetAsync(office, id)).State);
        return id;
    }

    /// <summary>A firm user of another 汉滨区 firm, and a department user of 商务局: neither has anything to do with these appeals.</summary>
    private async Task EnsureOtherUsersAsync()
    {
        await using var scope = App.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync("dept-other") is not null)
        {
            return;
        }
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var own = await db.Users.Where(u => u.UserName == "firm").Select(u => u.EnterpriseId).SingleAsync(Ct);
        var other = await db.Enterprises.Where(e => e.CountyCode == "610902" && e.Id != own).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(Ct);
        var commerce = await db.Departments.Where(d => d.Name == "安康市商务局").Select(d => d.Id).SingleAsync(Ct);
        foreach (var (name, role, firmId, deptId, scopeCode) in new[] { ("firm-other", Roles.Enterprise, (int?)other, (int?)null, ""), ("dept-other", Roles.Department, null, commerce, "6109") })
        {
            var user = new AppUser { UserName = name, DisplayName = name, EnterpriseId = firmId, DepartmentId = deptId, RegionScope = scopeCode };
            Assert.True((await users.CreateAsync(user, AppFixture.Password)).Succeeded);
            await users.AddToRoleAsync(user, role);
        }
    }
}

[Collection("sqlite")]
public sealed class SqliteAppealTransitionMatrixTests(SqliteApp app) : AppealTransitionMatrixTests(app);

[Collection("postgres")]
public sealed class PostgresAppealTransitionMatrixTests(PostgresApp app) : AppealTransitionMatrixTests(app);
