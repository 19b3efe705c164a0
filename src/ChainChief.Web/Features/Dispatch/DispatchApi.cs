using System.Security.Claims;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainChief.Web.Features.Dispatch;

/// <summary>The 月调度 (monthly dispatch) report: its content as JSON and as .xlsx / .docx files, for the caller's region.</summary>
public static class DispatchApi
{
    public static IServiceCollection AddDispatch(this IServiceCollection services) =>
        services.AddScoped<EconomyTables>().AddScoped<TargetsTable>().AddScoped<AlertsTable>().AddScoped<BuildDispatchReport>().AddScoped<ExportDispatchReport>();

    public static void MapDispatchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/dispatch").WithTags("Dispatch").RequireAuthorization(Policies.ViewCockpit);

        api.MapGet("/", async Task<Results<Ok<DispatchReport>, NotFound>> (int? period, BuildDispatchReport h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(period, Actor.From(user), ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .WithSummary("月调度报告内容：总体情况、主要指标、产业链、县区等表格（period 为 YYYYMM，缺省为最近有数据的月份）");

        api.MapGet("/file", async Task<Results<FileContentHttpResult, NotFound>> (int? period, DispatchFileFormat? format, ExportDispatchReport h,
                ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(period, format ?? DispatchFileFormat.Docx, Actor.From(user), ct) is { } f
                ? TypedResults.File(f.Content, f.ContentType, f.Name) : TypedResults.NotFound())
            .WithSummary("下载月调度报告：format=Docx（Word）或 Xlsx（Excel）");
    }
}
