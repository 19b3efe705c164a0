using System.Security.Claims;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ChainChief.Web.Features.Enterprises;

public static class EnterprisesApi
{
    public static IServiceCollection AddEnterprises(this IServiceCollection services) => services
        .AddScoped<EnterpriseRules>().AddScoped<ListEnterprises>().AddScoped<GetEnterprise>().AddScoped<CreateEnterprise>()
        .AddScoped<UpdateEnterprise>().AddScoped<DeleteEnterprise>().AddScoped<ChangeEnterpriseState>()
        .AddScoped<ManageEnterpriseTags>().AddScoped<GetEnterpriseHistory>().AddScoped<ExportEnterprises>()
        .AddScoped<ImportEnterprises>().AddScoped<GetImportTemplate>().AddScoped<SummarizeEnterprises>();

    public static void MapEnterprisesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/enterprises").WithTags("Enterprises").RequireAuthorization(Policies.SignedIn);

        api.MapGet("/", ([AsParameters] ListEnterprises.Query query, ListEnterprises h, ClaimsPrincipal user, CancellationToken ct) =>
            h.HandleAsync(query, Actor.From(user), ct)).WithSummary("企业名录：搜索、筛选、排序、分页");

        api.MapGet("/summary", (SummarizeEnterprises h, ClaimsPrincipal user, CancellationToken ct) =>
            h.HandleAsync(Actor.From(user), ct)).WithSummary("企业库概况：按规模、状态、标签、县区计数");

        api.MapGet("/{id:int}", async Task<Results<Ok<GetEnterprise.Detail>, NotFound>> (int id, GetEnterprise h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, Actor.From(user), ct) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound())
            .WithSummary("一企一档详情");

        api.MapPost("/", async (EnterpriseInput input, CreateEnterprise h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Created($"/api/enterprises/{await h.HandleAsync(input, Actor.From(user), ct)}"))
            .RequireAuthorization(Policies.ManageEnterprises).WithSummary("新建企业档案");

        api.MapPut("/{id:int}", async Task<Results<NoContent, NotFound>> (int id, EnterpriseInput input, UpdateEnterprise h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, input, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.EditEnterprise).WithSummary("修改企业档案（需带上读取时的 version）");

        api.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (int id, DeleteEnterprise h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.DeleteEnterprise).WithSummary("删除误录的企业档案");

        api.MapPost("/{id:int}/state", async Task<Results<NoContent, NotFound>> (int id, ChangeEnterpriseState.Request request, ChangeEnterpriseState h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, request, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageEnterprises).WithSummary("变更规模（升规/退库）或经营状态");

        api.MapPost("/{id:int}/tags", async Task<Results<Created, NotFound>> (int id, ManageEnterpriseTags.AddRequest request, ManageEnterpriseTags h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.AddAsync(id, request, Actor.From(user), ct) is int tagId ? TypedResults.Created($"/api/enterprises/{id}/tags/{tagId}") : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageEnterprises).WithSummary("认定标签（专精特新等）");

        api.MapDelete("/{id:int}/tags/{tagId:int}", async Task<Results<NoContent, NotFound>> (int id, int tagId, ManageEnterpriseTags h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.RemoveAsync(id, tagId, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageEnterprises).WithSummary("删除误录的标签");

        api.MapGet("/{id:int}/history", async Task<Results<Ok<Infrastructure.PagedList<Audit.ListAuditEntries.Row>>, NotFound>> (int id, GetEnterpriseHistory h, ClaimsPrincipal user, CancellationToken ct, int page = 1) =>
            await h.HandleAsync(id, page, Actor.From(user), ct) is { } rows ? TypedResults.Ok(rows) : TypedResults.NotFound())
            .WithSummary("企业档案的变更记录");

        api.MapGet("/export", async ([AsParameters] ListEnterprises.Query query, ExportEnterprises h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.File(await h.HandleAsync(query, Actor.From(user), ct), ExcelWorkbook.ContentType, $"企业名录_{DateTime.UtcNow:yyyyMMdd}.xlsx"))
            .WithSummary("按当前筛选条件导出 Excel");

        api.MapGet("/import-template", async (GetImportTemplate h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.File(await h.HandleAsync(Actor.From(user), ct), ExcelWorkbook.ContentType, "企业导入模板.xlsx"))
            .RequireAuthorization(Policies.ManageEnterprises).WithSummary("下载企业导入模板");

        api.MapPost("/import", async Task<Results<Ok<ImportEnterprises.Result>, ProblemHttpResult>> (IFormFile file, ImportEnterprises h, ClaimsPrincipal user, CancellationToken ct, [FromQuery] bool validRowsOnly = false) =>
            {
                await using var stream = file.OpenReadStream();
                var result = await h.HandleAsync(stream, validRowsOnly, Actor.From(user), null, ct);
                return result.Written
                    ? TypedResults.Ok(result)
                    : TypedResults.Problem(statusCode: 400, title: "导入文件有误，未写入任何数据",
                        detail: $"共{result.Rejected}行有误，请按错误清单修改后重新导入，或选择仅导入正确的行。",
                        extensions: new Dictionary<string, object?> { ["totalRows"] = result.TotalRows, ["errors"] = result.Errors });
            })
            .RequireAuthorization(Policies.ManageEnterprises).DisableAntiforgery()
            .WithSummary("导入企业（先整体校验；默认有错则不写入，validRowsOnly=true 时只写入正确的行）");
    }
}
