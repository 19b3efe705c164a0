using System.Security.Claims;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainChief.Web.Features.Projects;

/// <summary>Investment projects (DOMAIN §6): stages with dates, money, service level and confidential code names.</summary>
public static class ProjectsApi
{
    public static IServiceCollection AddProjects(this IServiceCollection services) =>
        services.AddSingleton<ProjectRules>().AddScoped<CreateProject>().AddScoped<UpdateProject>().AddScoped<AdvanceProject>().AddScoped<RecordFunding>()
            .AddScoped<ManageProjectViewers>().AddScoped<ListProjects>().AddScoped<GetProject>().AddScoped<ExportProjects>().AddScoped<GetProjectKpis>();

    public static void MapProjectsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/projects").WithTags("Projects").RequireAuthorization(Policies.ViewInvestment);

        api.MapGet("/", ([AsParameters] ListProjects.Query query, ListProjects h, ClaimsPrincipal user, CancellationToken ct) => h.HandleAsync(query, Actor.From(user), ct))
            .WithSummary("招商项目：按产业链、环节、县区、阶段、已达阶段（reached）、链式类型、服务等级、签约日期、投资规模筛选；保密项目对未列名人员只显示代号");

        api.MapGet("/kpis", ([AsParameters] GetProjectKpis.Query query, GetProjectKpis h, ClaimsPrincipal user, CancellationToken ct) => h.HandleAsync(query, Actor.From(user), ct))
            .WithSummary("招商指标：签约个数与金额、亿元以上与十亿元以上项目数、动工率、投产转化率、到位资金，按产业链、县区、月份；列出本年未签约的产业链");

        api.MapGet("/export", async ([AsParameters] ListProjects.Query query, ExportProjects h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.File(await h.HandleAsync(query, Actor.From(user), ct), ExcelWorkbook.ContentType, "招商项目.xlsx"))
            .WithSummary("导出招商项目（Excel；保密项目只有代号）");

        api.MapGet("/{id:int}", async Task<Results<Ok<GetProject.Detail>, NotFound>> (int id, GetProject h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, Actor.From(user), ct) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound())
            .WithSummary("一个项目：阶段历程、月度到位资金、服务等级和可转入的阶段");

        api.MapPost("/", async (ProjectInput input, CreateProject h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Created($"/api/projects/{await h.HandleAsync(input, Actor.From(user), ct)}"))
            .RequireAuthorization(Policies.ManageInvestment).WithSummary("登记项目（已在推进中的项目可按已达阶段补录各阶段日期）");

        api.MapPut("/{id:int}", async Task<Results<NoContent, NotFound>> (int id, ProjectInput input, UpdateProject h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, input, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageInvestment).WithSummary("修改项目信息（阶段和日期通过 stage 推进；保密项目只有列名人员可改；version 过期返回409）");

        api.MapPost("/{id:int}/stage", async Task<Results<NoContent, NotFound>> (int id, AdvanceProject.Request request, AdvanceProject h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, request, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageInvestment)
            .WithSummary("推进项目阶段：逐级前进（签约起须填日期，签约须有总投资），或终止（须说明原因）、盘活（须说明方式）；不能回退");

        api.MapPut("/{id:int}/funding", async Task<Results<NoContent, NotFound>> (int id, RecordFunding.Request request, RecordFunding h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, request, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageInvestment).WithSummary("登记某月到位资金（万元，覆盖该月；0 为删除；累计不超过总投资）");

        api.MapGet("/{id:int}/viewers", async Task<Results<Ok<IReadOnlyList<ManageProjectViewers.Viewer>>, NotFound>> (int id, ManageProjectViewers h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.ListAsync(id, Actor.From(user), ct) is { } v ? TypedResults.Ok(v) : TypedResults.NotFound())
            .WithSummary("保密项目的知悉范围（仅列名人员可看）");

        api.MapGet("/{id:int}/viewers/candidates", async Task<Results<Ok<IReadOnlyList<ManageProjectViewers.Candidate>>, NotFound>> (int id, ManageProjectViewers h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.CandidatesAsync(id, Actor.From(user), ct) is { } v ? TypedResults.Ok(v) : TypedResults.NotFound())
            .WithSummary("可列名的干部（能看到项目所在县区的）");

        api.MapPost("/{id:int}/viewers", async Task<Results<NoContent, NotFound>> (int id, ViewerRequest request, ManageProjectViewers h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.AddAsync(id, request.UserId, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageInvestment).WithSummary("列名一名干部（仅列名人员可操作）");

        api.MapDelete("/{id:int}/viewers/{userId}", async Task<Results<NoContent, NotFound>> (int id, string userId, ManageProjectViewers h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.RemoveAsync(id, userId, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageInvestment).WithSummary("取消列名（至少保留一人）");
    }

    public sealed record ViewerRequest(string UserId);
}
