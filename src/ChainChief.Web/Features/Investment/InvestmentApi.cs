using System.Security.Claims;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using ChainChief.Web.Infrastructure.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainChief.Web.Features.Investment;

/// <summary>Investment attraction (DOMAIN §6): the target-firm library, leads, chain-gap matching and their settings.</summary>
public static class InvestmentApi
{
    public static IServiceCollection AddInvestment(this IServiceCollection services) =>
        services.AddSingleton<TargetRules>().AddScoped<SaveTargetFirm>().AddScoped<ListTargetFirms>().AddScoped<ExportTargetFirms>().AddScoped<ImportTargetFirms>()
            .AddScoped<GetNodeInvestment>().AddScoped<SaveLead>().AddScoped<ActOnLead>().AddScoped<ListLeads>().AddScoped<GetLead>().AddScoped<ExportLeads>()
            .AddScoped<ConvertLeadToProject>().AddScoped<ManageInvestmentSettings>()
            .AddScoped<EscalateStalledLeads>().AddScoped<IScheduledPass>(s => s.GetRequiredService<EscalateStalledLeads>());

    public static void MapInvestmentApi(this IEndpointRouteBuilder app)
    {
        var targets = app.MapGroup("/api/investment/targets").WithTags("Investment").RequireAuthorization(Policies.ViewInvestment);

        targets.MapGet("/", ([AsParameters] ListTargetFirms.Query query, ListTargetFirms h, ClaimsPrincipal user, CancellationToken ct) => h.HandleAsync(query, Actor.From(user), ct))
            .WithSummary("目标招商企业库：按名称、产业链、环节、企业类型、优先级、总部所在地筛选；优先级高、企业类型强的在前");

        targets.MapGet("/{id:int}", async Task<Results<Ok<ListTargetFirms.Row>, NotFound>> (int id, ListTargetFirms h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.GetAsync(id, Actor.From(user), ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .WithSummary("一家目标企业");

        targets.MapGet("/export", async ([AsParameters] ListTargetFirms.Query query, ExportTargetFirms h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.File(await h.HandleAsync(query, Actor.From(user), ct), ExcelWorkbook.ContentType, "目标招商企业库.xlsx"))
            .WithSummary("导出目标企业库（Excel，与导入模板同格式）");

        targets.MapGet("/template", async (CancellationToken ct) => TypedResults.File(await ExportTargetFirms.TemplateAsync(ct), ExcelWorkbook.ContentType, "目标招商企业导入模板.xlsx"))
            .WithSummary("目标企业导入模板（Excel）");

        targets.MapPost("/", async (TargetFirmInput input, SaveTargetFirm h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Created($"/api/investment/targets/{await h.CreateAsync(input, Actor.From(user), ct)}"))
            .RequireAuthorization(Policies.ManageInvestment).WithSummary("新增目标企业（同一地区的库中名称唯一）");

        targets.MapPut("/{id:int}", async Task<Results<NoContent, NotFound>> (int id, TargetFirmInput input, SaveTargetFirm h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.UpdateAsync(id, input, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageInvestment).WithSummary("修改目标企业（version 过期返回409）");

        targets.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (int id, SaveTargetFirm h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.DeleteAsync(id, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageInvestment).WithSummary("删除目标企业（已有线索保留企业名称）");

        targets.MapPost("/import", async (IFormFile file, ImportTargetFirms h, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await using var stream = new MemoryStream();
                await file.CopyToAsync(stream, ct);
                stream.Position = 0;
                return TypedResults.Ok(await h.HandleAsync(stream, Actor.From(user), ct));
            })
            .RequireAuthorization(Policies.ManageInvestment).DisableAntiforgery()
            .WithSummary("导入目标企业（Excel；按名称新增或更新；有任何错误则逐行列出、全部不写入）");

        app.MapGet("/api/chains/{chainId:int}/nodes/{nodeId:int}/investment", async Task<Results<Ok<GetNodeInvestment.Result>, NotFound>> (int chainId, int nodeId, GetNodeInvestment h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(chainId, nodeId, Actor.From(user), ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .WithTags("Investment").RequireAuthorization(Policies.ViewInvestment)
            .WithSummary("以链招商：该环节可招引的目标企业（指定环节优先，其次按行业代码匹配）、在建项目和跟进中的线索");

        var leads = app.MapGroup("/api/investment/leads").WithTags("Investment").RequireAuthorization(Policies.ViewInvestment);

        leads.MapGet("/", ([AsParameters] ListLeads.Query query, ListLeads h, ClaimsPrincipal user, CancellationToken ct) => h.HandleAsync(query, Actor.From(user), ct))
            .WithSummary("招商线索：在跟进的按最久未跟进在前；escalated=true 只列因无跟进而升级的");

        leads.MapGet("/export", async ([AsParameters] ListLeads.Query query, ExportLeads h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.File(await h.HandleAsync(query, Actor.From(user), ct), ExcelWorkbook.ContentType, "招商线索.xlsx"))
            .WithSummary("导出招商线索（Excel）");

        leads.MapGet("/{id:int}", async Task<Results<Ok<GetLead.Detail>, NotFound>> (int id, GetLead h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, Actor.From(user), ct) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound())
            .WithSummary("一条线索及其跟进记录");

        leads.MapPost("/", async (LeadInput input, SaveLead h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Created($"/api/investment/leads/{await h.CreateAsync(input, Actor.From(user), ct)}"))
            .RequireAuthorization(Policies.ManageInvestment).WithSummary("登记招商线索（从“搜集”开始；可直接引用目标企业）");

        leads.MapPut("/{id:int}", async Task<Results<NoContent, NotFound>> (int id, LeadInput input, SaveLead h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.UpdateAsync(id, input, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageInvestment).WithSummary("修改线索信息（阶段通过 actions 推进）");

        leads.MapPost("/{id:int}/actions", async Task<Results<NoContent, NotFound>> (int id, ActOnLead.Request request, ActOnLead h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, request, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageInvestment)
            .WithSummary("推进线索（Advance：进入下一阶段；Note：记录跟进；Drop：放弃并说明原因）；每次操作都算跟进并解除升级");

        leads.MapGet("/{id:int}/project-draft", async Task<Results<Ok<Projects.ProjectInput>, NotFound>> (int id, ConvertLeadToProject h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.DraftAsync(id, Actor.From(user), ct) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound())
            .WithSummary("由线索预填的项目登记表");

        leads.MapPost("/{id:int}/convert", async Task<Results<Created, NotFound>> (int id, ConvertRequest request, ConvertLeadToProject h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, request.Project, request.LeadVersion, Actor.From(user), ct) is { } projectId
                ? TypedResults.Created($"/api/projects/{projectId}") : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageInvestment).WithSummary("线索一键转为项目（研判之后；项目与线索同时保存）");

        var settings = app.MapGroup("/api/investment/settings").WithTags("Investment").RequireAuthorization(Policies.ViewInvestment);

        settings.MapGet("/", (ManageInvestmentSettings h, CancellationToken ct) => h.GetAsync(ct))
            .WithSummary("线索升级天数与项目服务等级门槛（万元）");

        settings.MapPut("/", (InvestmentSettings input, ManageInvestmentSettings h, ClaimsPrincipal user, CancellationToken ct) => h.SaveAsync(input, Actor.From(user), ct))
            .RequireAuthorization(Policies.ManageInvestmentSettings).WithSummary("修改线索升级天数与服务等级门槛（version 过期返回409）");
    }

    public sealed record ConvertRequest(Projects.ProjectInput Project, int LeadVersion);
}
