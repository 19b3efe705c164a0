using System.Security.Claims;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainChief.Web.Features.Contracts;

/// <summary>标准地 contracts (DOMAIN §6): agreed indicators, 竣工验收 and 达产复核 checks, breach cases.</summary>
public static class ContractsApi
{
    public static IServiceCollection AddContracts(this IServiceCollection services) =>
        services.AddScoped<SaveContract>().AddScoped<RunContractCheck>().AddScoped<GetContract>().AddScoped<ActOnBreach>().AddScoped<ListBreaches>().AddScoped<ExportBreaches>();

    public static void MapContractsApi(this IEndpointRouteBuilder app)
    {
        var project = app.MapGroup("/api/projects/{id:int}/contract").WithTags("Contracts").RequireAuthorization(Policies.ViewInvestment);

        project.MapGet("/", async Task<Results<Ok<GetContract.Detail>, NotFound>> (int id, GetContract h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, Actor.From(user), ct) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound())
            .WithSummary("项目的标准地合同：约定指标、核查记录、违约案件，以及按统计数据当前可得的亩均税收和产值");

        project.MapPut("/", async Task<Results<NoContent, NotFound>> (int id, ContractInput input, SaveContract h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, input, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageInvestment).WithSummary("登记或修改标准地合同（签约后；容差填0.05表示5%；违约金=差额×亩数×比例，可设上限）");

        project.MapPost("/checks", async Task<Results<Ok<RunContractCheck.Outcome>, NotFound>> (int id, RunContractCheck.Request request, RunContractCheck h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, request, Actor.From(user), ct) is { } o ? TypedResults.Ok(o) : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageInvestment)
            .WithSummary("竣工验收（录入投资强度、容积率）或达产复核（亩均税收、产值取自企业近12个月统计，数据不全时录入并附证明）；违约自动立案");

        var breaches = app.MapGroup("/api/breaches").WithTags("Contracts").RequireAuthorization(Policies.ViewInvestment);

        breaches.MapGet("/", ([AsParameters] ListBreaches.Query query, ListBreaches h, ClaimsPrincipal user, CancellationToken ct) => h.HandleAsync(query, Actor.From(user), ct))
            .WithSummary("违约案件：未结案在前；保密项目只显示代号");

        breaches.MapGet("/export", async ([AsParameters] ListBreaches.Query query, ExportBreaches h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.File(await h.HandleAsync(query, Actor.From(user), ct), ExcelWorkbook.ContentType, "违约案件.xlsx"))
            .WithSummary("导出违约案件（Excel）");

        breaches.MapPost("/{caseId:int}/actions", async Task<Results<NoContent, NotFound>> (int caseId, ActOnBreach.Request request, ActOnBreach h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(caseId, request, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageInvestment).WithSummary("处理违约案件：整改、处罚、回收、结案（须说明；只能向前）");
    }
}
