using System.Security.Claims;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using ChainChief.Web.Infrastructure.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainChief.Web.Features.Appeals;

/// <summary>Enterprise appeals (诉求): filing, the workflow steps, lists and history.</summary>
public static class AppealsApi
{
    public static IServiceCollection AddAppeals(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EscalationOptions>(configuration.GetSection(EscalationOptions.Section));
        services.AddHostedService<EscalationService>();
        return services.AddScoped<FileAppeal>().AddScoped<ActOnAppeal>().AddScoped<ListAppeals>().AddScoped<GetAppeal>().AddScoped<GetAppealAttachment>()
            .AddScoped<AppealNotices>().AddScoped<EscalateAppeals>().AddScoped<IScheduledPass>(s => s.GetRequiredService<EscalateAppeals>()).AddScoped<ManageAppealSettings>().AddScoped<GetScorecards>();
    }

    public static void MapAppealsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/appeals").WithTags("Appeals").RequireAuthorization(Policies.ViewAppeals);

        api.MapGet("/", ([AsParameters] ListAppeals.Query query, ListAppeals h, ClaimsPrincipal user, CancellationToken ct) =>
            h.HandleAsync(query, Actor.From(user), ct))
            .WithSummary("诉求列表：企业只看本企业的，部门只看交办给本部门的，链长办与县区看辖区内的；overdue=true 只列超时未办的；region 区划前缀、chainId 产业链筛选；sort=clock 按超时最久排前");

        api.MapGet("/{id:int}", async Task<Results<Ok<GetAppeal.Detail>, NotFound>> (int id, GetAppeal h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, Actor.From(user), ct) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound())
            .WithSummary("诉求详情：办理时限、流转记录（谁、何时、从何状态到何状态、说明）及当前用户可做的操作");

        api.MapGet("/{id:int}/attachments/{fileId:int}", async Task<Results<FileContentHttpResult, NotFound>> (int id, int fileId, GetAppealAttachment h,
            ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, fileId, Actor.From(user), ct) is { } f ? TypedResults.File(f.Content, f.ContentType, f.FileName) : TypedResults.NotFound())
            .WithSummary("下载流转记录中的附件（能看到该诉求的用户才能下载）");

        api.MapPost("/", async (AppealInput input, FileAppeal h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Created($"/api/appeals/{await h.HandleAsync(input, Actor.From(user), ct)}"))
            .RequireAuthorization(Policies.FileAppeals)
            .WithSummary("提交诉求（企业为本企业提交；链长办、县区在走访中代企业提交，须带 enterpriseId）；attachments 为附件（fileName + base64 content，最多5个，每个不超过10MB）");

        api.MapGet("/scorecards", ([AsParameters] GetScorecards.Query query, GetScorecards h, ClaimsPrincipal user, CancellationToken ct) =>
            h.HandleAsync(query, Actor.From(user), ct))
            .RequireAuthorization(Policies.ViewAppealScorecards)
            .WithSummary("部门考评：按月的交办、答复、按期答复率、平均办理工作日、满意率、重办率；不带 month 时给出全年各月及合计");

        api.MapGet("/scorecards/export", async ([AsParameters] GetScorecards.Query query, GetScorecards h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.File(await h.ExportAsync(query, Actor.From(user), ct), ExcelWorkbook.ContentType, "部门诉求办理考评.xlsx"))
            .RequireAuthorization(Policies.ViewAppealScorecards)
            .WithSummary("导出部门考评 Excel");

        api.MapGet("/settings", (ManageAppealSettings h, CancellationToken ct) => h.GetAsync(ct))
            .WithSummary("诉求设置：各类诉求的办理时限（工作日）、超时后催办/一级督办/二级督办/通报的工作日数、各事项通知谁");

        api.MapPut("/settings", async (AppealSettings input, ManageAppealSettings h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(await h.SaveAsync(input, Actor.From(user), ct)))
            .RequireAuthorization(Policies.ManageAppealSettings)
            .WithSummary("修改办理时限与升级天数（须带读取时的 version；已定的时限不变，下次交办起生效）");

        api.MapPut("/settings/notifications", async (ManageAppealSettings.Rules rules, ManageAppealSettings h, CancellationToken ct) =>
        {
            await h.SaveRulesAsync(rules.Items, ct);
            return TypedResults.NoContent();
        })
            .RequireAuthorization(Policies.ManageAppealSettings)
            .WithSummary("整体替换“哪类事项通知谁”的规则表");

        api.MapPost("/{id:int}/{action}", async (int id, AppealAction action, AppealStep step, ActOnAppeal h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(new { state = await h.HandleAsync(id, action, step, Actor.From(user), ct) }))
            .WithSummary("办理一步：SignIn 签收、Assign 交办、Transfer 转办、Accept 开始办理、Return 退回、Reply 答复、RateSatisfied/RateUnsatisfied 企业评价、"
                + "RequestExtension/ApproveExtension/RefuseExtension 延期、RequestWithdrawal/ApproveWithdrawal/RefuseWithdrawal 撤单、Close 办结。"
                + "须带读取时的 version，可带附件 attachments；当前状态或角色不允许时返回 409 及原因");
    }
}
