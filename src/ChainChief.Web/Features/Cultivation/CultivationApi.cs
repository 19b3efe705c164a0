using System.Security.Claims;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainChief.Web.Features.Cultivation;

/// <summary>The growth ladder (培育梯度, DOMAIN §8): 升规 pool, 退库 watch, tier candidates with gaps, growth profiles, goals.</summary>
public static class CultivationApi
{
    public static IServiceCollection AddCultivation(this IServiceCollection services)
    {
        services.AddOptions<CultivationOptions>().BindConfiguration(CultivationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services.AddSingleton(new TierThresholds()).AddScoped<ListScaleSignals>().AddScoped<ExportScaleSignals>().AddScoped<ListTierCandidates>()
            .AddScoped<ExportTierCandidates>().AddScoped<GetFirmLadder>().AddScoped<SaveGrowthProfile>().AddScoped<GetGoalProgress>()
            .AddScoped<SaveLadderGoal>().AddScoped<DeleteLadderGoal>();
    }

    public static void MapCultivationApi(this IEndpointRouteBuilder app)
    {
        var ladder = app.MapGroup("/api/ladder").WithTags("Cultivation").RequireAuthorization(Policies.ViewPolicies);

        ladder.MapGet("/pool", ([AsParameters] LadderFilter filter, ListScaleSignals h, ClaimsPrincipal user, CancellationToken ct) =>
            h.HandleAsync(ScaleListKind.Pool, filter, Actor.From(user), ct))
            .WithSummary("升规培育库：近12个月营业收入≥1500万元或按趋势12个月内达到2000万元的规下企业，含差额和趋势");
        ladder.MapGet("/pool/export", async ([AsParameters] LadderFilter filter, ExportScaleSignals h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.File(await h.HandleAsync(ScaleListKind.Pool, filter, Actor.From(user), ct), ExcelWorkbook.ContentType, ExportScaleSignals.FileName(ScaleListKind.Pool)))
            .WithSummary("导出升规培育库（Excel）");
        ladder.MapGet("/exit-watch", ([AsParameters] LadderFilter filter, ListScaleSignals h, ClaimsPrincipal user, CancellationToken ct) =>
            h.HandleAsync(ScaleListKind.ExitWatch, filter, Actor.From(user), ct))
            .WithSummary("退库预警：近12个月营业收入已低于2000万元或按趋势12个月内跌破的规上企业");
        ladder.MapGet("/exit-watch/export", async ([AsParameters] LadderFilter filter, ExportScaleSignals h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.File(await h.HandleAsync(ScaleListKind.ExitWatch, filter, Actor.From(user), ct), ExcelWorkbook.ContentType, ExportScaleSignals.FileName(ScaleListKind.ExitWatch)))
            .WithSummary("导出退库预警（Excel）");

        ladder.MapGet("/candidates", ([AsParameters] ListTierCandidates.Query query, ListTierCandidates h, ClaimsPrincipal user, CancellationToken ct) =>
            h.HandleAsync(query, Actor.From(user), ct))
            .WithSummary("梯度培育对象：符合或接近创新型中小企业、专精特新、小巨人、高新技术企业条件的企业及差距（tier=InnovativeSme/Specialized/LittleGiant/HighTech）");
        ladder.MapGet("/candidates/export", async ([AsParameters] ListTierCandidates.Query query, ExportTierCandidates h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.File(await h.HandleAsync(query, Actor.From(user), ct), ExcelWorkbook.ContentType, ExportTierCandidates.FileName(query.Tier)))
            .WithSummary("导出梯度培育对象及差距（Excel）");

        ladder.MapGet("/goals", (int? year, GetGoalProgress h, ClaimsPrincipal user, CancellationToken ct) => h.HandleAsync(year, Actor.From(user), ct))
            .WithSummary("年度培育目标及完成情况：净增规上企业、新增专精特新、新增高新技术企业等");
        ladder.MapPost("/goals", async Task<Results<Created, NotFound>> (LadderGoalInput input, SaveLadderGoal h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(null, input, Actor.From(user), ct) is { } id ? TypedResults.Created($"/api/ladder/goals/{id}") : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageLadder).WithSummary("设定年度培育目标（每个地区、年度、类型一个）");
        ladder.MapPut("/goals/{id:int}", async Task<Results<NoContent, NotFound>> (int id, LadderGoalInput input, SaveLadderGoal h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, input, Actor.From(user), ct) is not null ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageLadder).WithSummary("修改年度培育目标");
        ladder.MapDelete("/goals/{id:int}", async Task<Results<NoContent, NotFound>> (int id, int version, DeleteLadderGoal h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, version, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageLadder).WithSummary("删除年度培育目标");

        var firm = app.MapGroup("/api/enterprises/{id:int}").WithTags("Cultivation");
        firm.MapGet("/ladder", async Task<Results<Ok<GetFirmLadder.Detail>, NotFound>> (int id, GetFirmLadder h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, Actor.From(user), ct) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound())
            .RequireAuthorization(Policies.SignedIn).WithSummary("企业的培育梯度：升规/退库信号、各梯度逐项条件与差距、培育档案");
        firm.MapPut("/growth-profile", async Task<Results<NoContent, NotFound>> (int id, GrowthProfileInput input, SaveGrowthProfile h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, input, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.EditEnterprise).WithSummary("填写企业培育档案（细分市场年限、研发人员、知识产权、股权融资等；企业填本企业，干部填辖区企业）");
    }
}
