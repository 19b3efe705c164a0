using System.Security.Claims;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainChief.Web.Features.Alerts;

public static class AlertsApi
{
    public static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        services.AddSingleton<AlertRuleDefaults>().AddSingleton<RunAlerts>();
        services.AddSingleton<IReportsWritten>(sp => sp.GetRequiredService<RunAlerts>());
        return services.AddScoped<ListAlerts>().AddScoped<ExportAlerts>().AddScoped<GetAlert>().AddScoped<AssignAlert>()
            .AddScoped<AddAlertNote>().AddScoped<ResolveAlert>().AddScoped<OpenSupportTicket>().AddScoped<SupportTickets>()
            .AddScoped<AlertRules>();
    }

    public static void MapAlertsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/alerts").WithTags("Alerts").RequireAuthorization(Policies.ViewAlerts);

        api.MapGet("/", ([AsParameters] ListAlerts.Query query, ListAlerts h, ClaimsPrincipal user, CancellationToken ct) =>
            h.HandleAsync(query, Actor.From(user), ct))
            .WithSummary("预警列表：按统计期、等级、类型、状态、县区、产业链、企业名称或信用代码筛选，分页，并按等级计数");

        api.MapGet("/export", async ([AsParameters] ListAlerts.Query query, ExportAlerts h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.File(await h.HandleAsync(query, Actor.From(user), ct), ExcelWorkbook.ContentType, $"预警清单_{query.Period?.ToString() ?? "全部"}.xlsx"))
            .WithSummary("按当前筛选条件导出预警清单 Excel");

        api.MapGet("/{id:int}", async Task<Results<Ok<GetAlert.Detail>, NotFound>> (int id, GetAlert h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, Actor.From(user), ct) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound())
            .WithSummary("预警详情：企业近13个月产值与用电量、处置记录、工单及可指派的负责人");

        api.MapPost("/{id:int}/assign", async Task<Results<NoContent, NotFound>> (int id, AssignAlert.Request request, AssignAlert h,
            ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, request, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.HandleAlerts)
            .WithSummary("指派负责人（须为能查看该企业所在县区的工作人员）；version 为读取时的版本，被他人改过返回409");

        api.MapPost("/{id:int}/notes", async Task<Results<NoContent, NotFound>> (int id, AddAlertNote.Request request, AddAlertNote h,
            ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, request, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.HandleAlerts).WithSummary("添加处置备注");

        api.MapPost("/{id:int}/ticket", async Task<Results<Ok<int>, NotFound>> (int id, OpenSupportTicket.Request request, OpenSupportTicket h,
            ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, request, Actor.From(user), ct) is int t ? TypedResults.Ok(t) : TypedResults.NotFound())
            .RequireAuthorization(Policies.HandleAlerts).WithSummary("由预警开帮扶工单（可指定承办部门），返回工单号；每条预警一张工单");

        api.MapPost("/{id:int}/resolve", async Task<Results<NoContent, NotFound>> (int id, ResolveAlert.Request request, ResolveAlert h,
            ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, request, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.HandleAlerts).WithSummary("标记已处置（须填写处置结果或原因）");

        api.MapGet("/rules", (AlertRules h, CancellationToken ct) => h.ListAsync(ct))
            .WithSummary("预警规则：类型、等级、阈值（下降幅度为小数，0.2即20%；连续下降为月数）、是否启用");

        api.MapPut("/rules/{id:int}", async Task<Results<NoContent, NotFound>> (int id, AlertRules.Request request, AlertRules h,
            ClaimsPrincipal user, CancellationToken ct) =>
            await h.UpdateAsync(id, request, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageAlertRules).WithSummary("修改预警规则（阈值、等级、启用），下次写入报表时生效");

        var tickets = app.MapGroup("/api/tickets").WithTags("Alerts").RequireAuthorization(Policies.ViewAlerts);

        tickets.MapGet("/", (SupportTickets h, ClaimsPrincipal user, CancellationToken ct, TicketState? state = null, int? page = null, int? pageSize = null) =>
            h.ListAsync(state, page, pageSize, Actor.From(user), ct)).WithSummary("帮扶工单列表（本辖区企业），可按状态筛选");

        tickets.MapPost("/{id:int}/close", async Task<Results<NoContent, NotFound>> (int id, SupportTickets.CloseRequest request, SupportTickets h,
            ClaimsPrincipal user, CancellationToken ct) =>
            await h.CloseAsync(id, request, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.HandleAlerts).WithSummary("关闭帮扶工单");
    }
}
