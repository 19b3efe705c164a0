using System.Security.Claims;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainChief.Web.Features.Cockpit;

/// <summary>
/// The cockpit's figures (issue #4): summary, breakdowns, drill-down to firms, trends. Every call takes an optional
/// period (YYYYMM, default the latest with data), region (a prefecture or county within the caller's) and chainId.
/// Enums travel as names: dimension City|Chain|SubChain|Node|County|Park|Division|Scale|Prefecture, metric
/// Output|Revenue|Profit|Tax|Electricity|RnD|ValueAdded|Employees, basis Month|YearToDate.
/// </summary>
public static class CockpitApi
{
    public static IServiceCollection AddCockpit(this IServiceCollection services)
    {
        services.AddOptions<CockpitOptions>().BindConfiguration(CockpitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services.AddSingleton<CockpitCache>().AddSingleton<StatisticsSnapshot>().AddSingleton<Grouping>()
            .AddScoped<GetCockpitSummary>().AddScoped<GetBreakdown>().AddScoped<ListFigureFirms>().AddScoped<GetTrend>()
            .AddScoped<ExportFigureFirms>().AddScoped<ExportBreakdown>();
    }

    public static void MapCockpitApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/cockpit").WithTags("Cockpit").RequireAuthorization(Policies.ViewCockpit);

        api.MapGet("/periods", (StatisticsSnapshot stats, CancellationToken ct) => stats.PeriodsAsync(ct))
            .WithSummary("有统计数据的月份（最近在前）");

        api.MapGet("/summary", async Task<Results<Ok<GetCockpitSummary.Result>, NotFound>> ([AsParameters] GetCockpitSummary.Query query,
                GetCockpitSummary h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(query, Actor.From(user), ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .WithSummary("驾驶舱概览：各指标当月与本年累计、同口径同比、增减额、增长面、环比、占全域比重");

        api.MapGet("/breakdown", async Task<Results<Ok<GetBreakdown.Result>, NotFound>> ([AsParameters] GetBreakdown.Query query,
                GetBreakdown h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(query, Actor.From(user), ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .WithSummary("分维度统计（产业链、子链、环节、县区、园区、行业大类、规模、地市）：同口径增速、贡献率、拉动、增长面、占比");

        api.MapGet("/breakdown/export", async Task<Results<FileContentHttpResult, NotFound>> ([AsParameters] GetBreakdown.Query query,
                ExportBreakdown h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(query, Actor.From(user), ct) is { } f ? TypedResults.File(f.Content, ExcelWorkbook.ContentType, f.Name) : TypedResults.NotFound())
            .WithSummary("导出分维度统计表 Excel");

        api.MapGet("/firms", async Task<Results<Ok<ListFigureFirms.Result>, NotFound>> ([AsParameters] ListFigureFirms.Query query,
                ListFigureFirms h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(query, Actor.From(user), ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .WithSummary("下钻：某个数字背后的企业及其各自的数值、同比、环比、贡献（可排序、分页）");

        api.MapGet("/firms/export", async Task<Results<FileContentHttpResult, NotFound>> ([AsParameters] ListFigureFirms.Query query,
                ExportFigureFirms h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(query, Actor.From(user), ct) is { } f ? TypedResults.File(f.Content, ExcelWorkbook.ContentType, f.Name) : TypedResults.NotFound())
            .WithSummary("导出下钻企业明细 Excel");

        api.MapGet("/trend", async Task<Results<Ok<GetTrend.Result>, NotFound>> ([AsParameters] GetTrend.Query query,
                GetTrend h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(query, Actor.From(user), ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .WithSummary("趋势：近36个月的月度数值与同口径同比增速");
    }
}
