using System.Security.Claims;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainChief.Web.Features.Targets;

/// <summary>Targets (目标任务) and their progress against time (时间进度).</summary>
public static class TargetsApi
{
    public static IServiceCollection AddTargets(this IServiceCollection services) =>
        services.AddScoped<TargetProgressReader>().AddScoped<ManageTargets>().AddScoped<ExportTargets>();

    public static void MapTargetsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/targets").WithTags("Targets").RequireAuthorization(Policies.ViewCockpit);

        api.MapGet("/", ([AsParameters] TargetProgressReader.Filter filter, TargetProgressReader h, ClaimsPrincipal user, CancellationToken ct) =>
            h.ListAsync(filter, Actor.From(user), ct))
            .WithSummary("目标列表及某月完成情况：本年目标值、累计完成、完成率、时间进度、进度差（百分点）、全年预计；behindOnly=true 只列落后时间进度的目标");

        api.MapGet("/export", async ([AsParameters] TargetProgressReader.Filter filter, ExportTargets h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.File(await h.HandleAsync(filter, Actor.From(user), ct), ExcelWorkbook.ContentType, "目标完成情况.xlsx"))
            .WithSummary("导出目标完成情况 Excel");

        api.MapPost("/", async (TargetInput input, ManageTargets h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Created($"/api/targets/{await h.SaveAsync(null, input, Actor.From(user), ct)}"))
            .RequireAuthorization(Policies.ManageTargets).WithSummary("新建目标（增速目标的 targetValue 为百分数，如 8 表示增长8%）");

        api.MapPut("/{id:int}", async (int id, TargetInput input, ManageTargets h, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await h.SaveAsync(id, input, Actor.From(user), ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(Policies.ManageTargets).WithSummary("修改目标（带上读取时的 version，过期返回 409）");

        api.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (int id, ManageTargets h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.DeleteAsync(id, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageTargets).WithSummary("删除目标");
    }
}
