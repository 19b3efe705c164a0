using System.Security.Claims;
using ChainChief.Web.Infrastructure.Auth;

namespace ChainChief.Web.Features.Reference;

public static class ReferenceApi
{
    public sealed record CodeName(string Code, string Name);

    public static IServiceCollection AddReference(this IServiceCollection services) =>
        services.AddSingleton<ReferenceData>().AddScoped<ReferenceSeeder>();

    public static void MapReferenceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reference").WithTags("Reference").RequireAuthorization(Policies.SignedIn);

        api.MapGet("/regions/{parent?}", (ReferenceData reference, string? parent) =>
            reference.Regions.Where(r => r.ParentCode == (parent is null or "" ? null : parent)).OrderBy(r => r.Code)
                .Select(r => new CodeName(r.Code, r.Name)))
            .WithSummary("行政区划：省级（不带参数）或某地的下一级（2023年统计用区划代码）");

        api.MapGet("/counties", (ReferenceData reference, ClaimsPrincipal user) =>
            reference.CountiesUnder(Actor.From(user).RegionScope).Select(r => new CodeName(r.Code, r.Name)))
            .WithSummary("当前用户辖区内的县级区划");

        api.MapGet("/industries", (ReferenceData reference, string? q, int? level, bool industrialOnly = false) =>
            reference.Industries
                .Where(i => level is null || i.Level == level)
                .Where(i => !industrialOnly || i.IsIndustrial)
                .Where(i => string.IsNullOrWhiteSpace(q) || i.Code.StartsWith(q.Trim(), StringComparison.Ordinal) || i.Name.Contains(q.Trim(), StringComparison.Ordinal))
                .OrderBy(i => i.Code).Take(200)
                .Select(i => new { i.Code, i.Name, i.Level, i.Section, i.ParentCode, i.IsIndustrial, i.IsIndustrialDivision }))
            .WithSummary("国民经济行业分类（GB/T 4754-2017）检索，最多200条");
    }
}
