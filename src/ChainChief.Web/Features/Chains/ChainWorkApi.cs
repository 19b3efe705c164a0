using System.Security.Claims;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainChief.Web.Features.Chains;

/// <summary>Three-year plans, key tasks and meetings of a chain, and the 链长办's cross-chain task list.</summary>
public static class ChainWorkApi
{
    public static IServiceCollection AddChainWork(this IServiceCollection services) => services
        .AddScoped<ListChainPlans>().AddScoped<SaveChainPlan>().AddScoped<ListChainTasks>().AddScoped<GetChainTask>()
        .AddScoped<SaveChainTask>().AddScoped<DeleteChainTask>().AddScoped<UpdateChainTaskProgress>().AddScoped<ExportChainTasks>()
        .AddScoped<ListChainMeetings>().AddScoped<SaveChainMeeting>().AddScoped<DeleteChainMeeting>().AddScoped<MakeTaskFromDecision>();

    public static void MapChainWorkApi(this IEndpointRouteBuilder app)
    {
        var chain = app.MapGroup("/api/chains/{chainId:int}").WithTags("ChainWork").RequireAuthorization(Policies.SignedIn);
        MapPlans(chain);
        MapTasks(chain);
        MapMeetings(chain);

        var all = app.MapGroup("/api/chain-tasks").WithTags("ChainWork").RequireAuthorization(Policies.SignedIn);

        all.MapGet("/", ([AsParameters] ListChainTasks.Query query, ListChainTasks h, ClaimsPrincipal user, CancellationToken ct) =>
            h.HandleAsync(query, Actor.From(user), ct)).WithSummary("重点任务督办清单：跨产业链筛选（产业链、责任部门、状态、年度、仅逾期）、按完成时限排序、分页");

        all.MapGet("/export", async ([AsParameters] ListChainTasks.Query query, ExportChainTasks h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.File(await h.HandleAsync(query, Actor.From(user), ct), ExcelWorkbook.ContentType, $"重点任务_{DateTime.UtcNow.ToChinaTime():yyyyMMdd}.xlsx"))
            .WithSummary("按当前筛选条件导出重点任务 Excel");

        all.MapGet("/departments", (ListChainTasks h, ClaimsPrincipal user, CancellationToken ct) =>
            h.DepartmentsAsync(Actor.From(user), ct)).WithSummary("可作为责任部门的部门");
    }

    private static void MapPlans(RouteGroupBuilder chain)
    {
        chain.MapGet("/plans", async Task<Results<Ok<IReadOnlyList<ListChainPlans.Row>>, NotFound>> (int chainId, ListChainPlans h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(chainId, Actor.From(user), ct) is { } rows ? TypedResults.Ok(rows) : TypedResults.NotFound())
            .WithSummary("三年行动计划（isCurrent 标出覆盖今年的计划）");

        chain.MapPost("/plans", async Task<Results<Created, NotFound>> (int chainId, ChainPlanInput input, SaveChainPlan h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(chainId, null, input, Actor.From(user), ct) is int id ? TypedResults.Created($"/api/chains/{chainId}/plans/{id}") : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageChains).WithSummary("新建三年行动计划");

        chain.MapPut("/plans/{id:int}", async Task<Results<NoContent, NotFound>> (int chainId, int id, ChainPlanInput input, SaveChainPlan h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(chainId, id, input, Actor.From(user), ct) is not null ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageChains).WithSummary("修改三年行动计划（需带上读取时的 version）");
    }

    private static void MapTasks(RouteGroupBuilder chain)
    {
        chain.MapGet("/tasks", async Task<Results<Ok<IReadOnlyList<ListChainTasks.Row>>, NotFound>> (int chainId, int? year, ListChainTasks h, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
            await h.ForChainAsync(chainId, year ?? clock.Today().Year, Actor.From(user), ct) is { } rows ? TypedResults.Ok(rows) : TypedResults.NotFound())
            .WithSummary("年度重点任务清单（默认今年）");

        chain.MapGet("/tasks/{id:int}", async Task<Results<Ok<GetChainTask.Detail>, NotFound>> (int chainId, int id, GetChainTask h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(chainId, id, Actor.From(user), ct) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound())
            .WithSummary("重点任务详情与进展记录");

        chain.MapPost("/tasks", async Task<Results<Created, NotFound>> (int chainId, ChainTaskInput input, SaveChainTask h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(chainId, null, input, Actor.From(user), ct) is int id ? TypedResults.Created($"/api/chains/{chainId}/tasks/{id}") : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageChains).WithSummary("新建重点任务");

        chain.MapPut("/tasks/{id:int}", async Task<Results<NoContent, NotFound>> (int chainId, int id, ChainTaskInput input, SaveChainTask h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(chainId, id, input, Actor.From(user), ct) is not null ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageChains).WithSummary("修改重点任务（需带上读取时的 version）");

        chain.MapDelete("/tasks/{id:int}", async Task<Results<NoContent, NotFound>> (int chainId, int id, DeleteChainTask h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(chainId, id, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageChains).WithSummary("删除误录的重点任务");

        chain.MapPost("/tasks/{id:int}/progress", async Task<Results<NoContent, NotFound>> (int chainId, int id, ChainTaskProgressInput input, UpdateChainTaskProgress h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(chainId, id, input, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("变更任务状态、填写进展（链长办或该任务的责任部门；改状态需带上 version）");
    }

    private static void MapMeetings(RouteGroupBuilder chain)
    {
        chain.MapGet("/meetings", async Task<Results<Ok<IReadOnlyList<ListChainMeetings.Row>>, NotFound>> (int chainId, ListChainMeetings h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(chainId, Actor.From(user), ct) is { } rows ? TypedResults.Ok(rows) : TypedResults.NotFound())
            .WithSummary("会议记录（协调推进会、联席会议、约谈）及议定事项的转任务情况");

        chain.MapPost("/meetings", async Task<Results<Created, NotFound>> (int chainId, ChainMeetingInput input, SaveChainMeeting h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(chainId, null, input, Actor.From(user), ct) is int id ? TypedResults.Created($"/api/chains/{chainId}/meetings/{id}") : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageChains).WithSummary("新建会议记录");

        chain.MapPut("/meetings/{id:int}", async Task<Results<NoContent, NotFound>> (int chainId, int id, ChainMeetingInput input, SaveChainMeeting h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(chainId, id, input, Actor.From(user), ct) is not null ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageChains).WithSummary("修改会议记录及议定事项（需带上读取时的 version）");

        chain.MapDelete("/meetings/{id:int}", async Task<Results<NoContent, NotFound>> (int chainId, int id, DeleteChainMeeting h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(chainId, id, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageChains).WithSummary("删除误录的会议记录");

        chain.MapPost("/meetings/{meetingId:int}/decisions/{decisionId:int}/task", async Task<Results<Created, NotFound>> (int chainId, int meetingId, int decisionId, DecisionTaskInput input, MakeTaskFromDecision h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(chainId, meetingId, decisionId, input, Actor.From(user), ct) is int id ? TypedResults.Created($"/api/chains/{chainId}/tasks/{id}") : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageChains).WithSummary("议定事项转为重点任务（每条议定事项只能转一次）");
    }
}
