using System.Security.Claims;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainChief.Web.Features.Chains;

public static class ChainsApi
{
    public static IServiceCollection AddChains(this IServiceCollection services) => services
        .AddScoped<ChainHealthReader>().AddScoped<ListChains>().AddScoped<GetChain>().AddScoped<SaveChain>().AddScoped<ExportChains>()
        .AddScoped<SaveChainNode>().AddScoped<DeleteChainNode>().AddScoped<PlaceFirmOnNode>().AddScoped<GetNodeFirms>()
        .AddScoped<ImportChainMap>().AddScoped<ExportChainMap>();

    public static void MapChainsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/chains").WithTags("Chains").RequireAuthorization(Policies.SignedIn);

        api.MapGet("/", (ListChains h, ClaimsPrincipal user, CancellationToken ct) => h.HandleAsync(Actor.From(user), ct))
            .WithSummary("产业链列表：链长、部门、园区、链主、企业数与节点健康");

        api.MapGet("/export", async (ExportChains h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.File(await h.ListAsync(Actor.From(user), ct), ExcelWorkbook.ContentType, $"产业链_{DateTime.UtcNow:yyyyMMdd}.xlsx"))
            .WithSummary("导出产业链列表 Excel");

        api.MapPost("/", async (ChainInput input, SaveChain h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Created($"/api/chains/{await h.HandleAsync(null, input, Actor.From(user), ct)}"))
            .RequireAuthorization(Policies.ManageChains).WithSummary("新建产业链或子链");

        api.MapGet("/{id:int}", async Task<Results<Ok<GetChain.Detail>, NotFound>> (int id, GetChain h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, Actor.From(user), ct) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound())
            .WithSummary("产业链详情：组织体系、图谱节点状态、配套率");

        api.MapPut("/{id:int}", async Task<Results<NoContent, NotFound>> (int id, ChainInput input, SaveChain h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, input, Actor.From(user), ct) is null ? TypedResults.NotFound() : TypedResults.NoContent())
            .RequireAuthorization(Policies.ManageChains).WithSummary("修改产业链组织体系与节点状态阈值（需带上读取时的 version）");

        api.MapGet("/{id:int}/nodes/export", async Task<Results<FileContentHttpResult, NotFound>> (int id, ExportChains h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.NodesAsync(id, Actor.From(user), ct) is { } file
                ? TypedResults.File(file, ExcelWorkbook.ContentType, $"产业链节点_{id}_{DateTime.UtcNow:yyyyMMdd}.xlsx") : TypedResults.NotFound())
            .WithSummary("导出节点清单 Excel（含状态与本地企业）");

        MapNodes(api);
        MapMapFiles(api);
    }

    private static void MapNodes(RouteGroupBuilder api)
    {
        api.MapPost("/{id:int}/nodes", async Task<Results<Created, NotFound>> (int id, NodeInput input, SaveChainNode h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, null, input, Actor.From(user), ct) is { } node ? TypedResults.Created($"/api/chains/{id}/nodes/{node}") : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageChains).WithSummary("新增图谱节点（含供给节点）");

        api.MapPut("/{id:int}/nodes/{nodeId:int}", async Task<Results<NoContent, NotFound>> (int id, int nodeId, NodeInput input, SaveChainNode h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, nodeId, input, Actor.From(user), ct) is null ? TypedResults.NotFound() : TypedResults.NoContent())
            .RequireAuthorization(Policies.ManageChains).WithSummary("修改图谱节点（需带上读取时的 version）");

        api.MapDelete("/{id:int}/nodes/{nodeId:int}", async Task<Results<NoContent, NotFound>> (int id, int nodeId, DeleteChainNode h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, nodeId, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageChains).WithSummary("删除图谱节点及其连接");

        api.MapGet("/{id:int}/nodes/{nodeId:int}/firms", async Task<Results<Ok<IReadOnlyList<GetNodeFirms.Row>>, NotFound>> (int id, int nodeId, GetNodeFirms h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, nodeId, Actor.From(user), ct) is { } rows ? TypedResults.Ok(rows) : TypedResults.NotFound())
            .WithSummary("节点上的本地企业（含下级节点）");

        api.MapGet("/{id:int}/nodes/{nodeId:int}/candidates", (int id, int nodeId, GetNodeFirms h, ClaimsPrincipal user, CancellationToken ct) =>
            h.CandidatesAsync(id, nodeId, Actor.From(user), ct))
            .RequireAuthorization(Policies.ManageChains).WithSummary("补链建议：行业代码匹配、尚未挂接的在营本地企业");

        api.MapPut("/{id:int}/nodes/{nodeId:int}/firms", async Task<Results<NoContent, NotFound>> (int id, int nodeId, PlaceFirmOnNode.Request request, PlaceFirmOnNode h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.PlaceAsync(id, nodeId, request, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageChains).WithSummary("把本地企业挂接到节点（链主/龙头/配套），或修改其角色");

        api.MapDelete("/{id:int}/nodes/{nodeId:int}/firms/{enterpriseId:int}", async Task<Results<NoContent, NotFound>> (int id, int nodeId, int enterpriseId, PlaceFirmOnNode h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.RemoveAsync(id, nodeId, enterpriseId, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageChains).WithSummary("把企业从节点移除");
    }

    private static void MapMapFiles(RouteGroupBuilder api)
    {
        api.MapGet("/{id:int}/map", async Task<Results<Ok<ChainMapDocument>, NotFound>> (int id, ExportChainMap h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, Actor.From(user), ct) is { } map ? TypedResults.Ok(map) : TypedResults.NotFound())
            .WithSummary("导出产业链图谱（JSON）");

        api.MapGet("/{id:int}/map/excel", async Task<Results<FileContentHttpResult, NotFound>> (int id, ExportChainMap h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, Actor.From(user), ct) is { } map
                ? TypedResults.File(await ChainMapSheet.WriteAsync(map, ct), ExcelWorkbook.ContentType, $"产业链图谱_{map.Chain}.xlsx") : TypedResults.NotFound())
            .WithSummary("导出产业链图谱（Excel：节点、连接、企业三张表）");

        api.MapPut("/{id:int}/map", async Task<Results<Ok<ImportChainMap.Result>, NotFound>> (int id, ChainMapDocument map, ImportChainMap h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, map, ChainMapValidator.LocateItem, Actor.From(user), ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageChains).WithSummary("导入产业链图谱（JSON，整体替换；有任何错误则不写入）");

        api.MapPost("/{id:int}/map/excel", async Task<Results<Ok<ImportChainMap.Result>, NotFound>> (int id, IFormFile file, ImportChainMap h, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await using var stream = new MemoryStream();
                await file.CopyToAsync(stream, ct);
                var map = ChainMapSheet.Read(stream, "");
                return await h.HandleAsync(id, map, ChainMapSheet.Locate, Actor.From(user), ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound();
            })
            .RequireAuthorization(Policies.ManageChains).DisableAntiforgery().WithSummary("导入产业链图谱（Excel，整体替换；有任何错误则不写入）");
    }
}
