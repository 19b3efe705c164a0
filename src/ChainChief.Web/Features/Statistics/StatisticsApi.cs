using System.Security.Claims;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ChainChief.Web.Features.Statistics;

public static class StatisticsApi
{
    public static void MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/statistics").WithTags("Statistics").RequireAuthorization(Policies.SignedIn);

        api.MapGet("/reports", ([AsParameters] ListReports.Query query, ListReports h, ClaimsPrincipal user, CancellationToken ct) =>
            h.HandleAsync(query, Actor.From(user), ct)).WithSummary("月度报表查询：按统计期、县区、产业链、企业名称或信用代码筛选，分页");

        api.MapGet("/reports/export", async ([AsParameters] ListReports.Query query, ExportReports h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.File(await h.HandleAsync(query, Actor.From(user), ct), ExcelWorkbook.ContentType, $"月度报表_{query.Period?.ToString() ?? "全部"}.xlsx"))
            .WithSummary("按当前筛选条件导出 Excel（前几列与导入模板一致，可修改后重新导入）");

        api.MapPost("/reports", async Task<Results<Ok<SubmitReportsByApi.Result>, ProblemHttpResult>> (SubmitReportsByApi.Request request,
            SubmitReportsByApi h, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var result = await h.HandleAsync(request, Actor.From(user), ct);
                return result.Accepted ? TypedResults.Ok(result) : Refusal(result.NeedsConfirmation, result.Errors, result.Warnings);
            })
            .RequireAuthorization(Policies.SubmitReports)
            .WithSummary("批量报送月度报表（企业系统对接）：全部通过才写入；有需确认的提示时返回409，确认后带 confirm=true 重新提交")
            .WithDescription("reports 为数组，每项一个企业一个月：creditCode、period（YYYYMM）、inputKind（YearToDate 本年累计，默认；Monthly 当月）、output、revenue、profit、tax、electricityKwh10k、rnd、valueAdded（可选）、employees，金额单位万元。更正时可带 version（读取时的版本），被他人改过则返回409。错误以 400 ProblemDetails 返回，errors 列出 row（数组中的第几项）、field、reason。");

        api.MapPost("/reports/import", async Task<Results<Ok<ImportReports.Result>, ProblemHttpResult>> (IFormFile file, ImportReports h,
            ClaimsPrincipal user, CancellationToken ct, [FromQuery] bool confirm = false) =>
            {
                await using var stream = file.OpenReadStream();
                var result = await h.HandleAsync(stream, file.FileName, confirm, Actor.From(user), null, ct);
                return result.Written ? TypedResults.Ok(result) : Refusal(result.NeedsConfirmation, result.Errors, result.Warnings);
            })
            .RequireAuthorization(Policies.ImportReports).DisableAntiforgery()
            .WithSummary("导入月度报表（.xlsx 或 .csv，可含多个月份）：先整体校验，有错则不写入；有需确认的提示时带 confirm=true 重新导入");

        api.MapGet("/reports/template", async (GetReportTemplate h, ClaimsPrincipal user, CancellationToken ct, [FromQuery] string? format = null) =>
            format == "csv"
                ? TypedResults.File(await h.HandleAsync(true, Actor.From(user), ct), GetReportTemplate.CsvContentType, "月度报表导入模板.csv")
                : TypedResults.File(await h.HandleAsync(false, Actor.From(user), ct), ExcelWorkbook.ContentType, "月度报表导入模板.xlsx"))
            .RequireAuthorization(Policies.ImportReports).WithSummary("下载月度报表导入模板（format=csv 为 CSV，默认 xlsx）");

        api.MapGet("/firms/{enterpriseId:int}/reports", async Task<Results<Ok<GetFirmReports.Detail>, NotFound>> (int enterpriseId,
            GetFirmReports h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(enterpriseId, Actor.From(user), ct) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound())
            .WithSummary("一家企业的月度数据序列及更正记录");

        api.MapGet("/periods", (ListStatPeriods h, ClaimsPrincipal user, CancellationToken ct) => h.HandleAsync(Actor.From(user), ct))
            .WithSummary("统计期列表：是否关账、报表数、关账与重新开放记录");

        api.MapPost("/periods/{period:int}/close", async (int period, ChangePeriodState.Request request, ChangePeriodState h,
            ClaimsPrincipal user, CancellationToken ct) =>
            {
                await h.HandleAsync(period, StatPeriodAction.Closed, request, Actor.From(user), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ManageStatistics).WithSummary("关账：该月不再接受报送或更正（须填写原因）");

        api.MapPost("/periods/{period:int}/reopen", async (int period, ChangePeriodState.Request request, ChangePeriodState h,
            ClaimsPrincipal user, CancellationToken ct) =>
            {
                await h.HandleAsync(period, StatPeriodAction.Reopened, request, Actor.From(user), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ManageStatistics).WithSummary("重新开放已关账的月份以便更正（须填写原因，留有记录）");
    }

    /// <summary>Errors: 400 with every row's problems. Only warnings left: 409 asking to resubmit with confirm=true.</summary>
    private static ProblemHttpResult Refusal(bool needsConfirmation, IReadOnlyList<RowIssue> errors, IReadOnlyList<RowIssue> warnings) =>
        needsConfirmation
            ? TypedResults.Problem(statusCode: 409, title: "数据需要确认，未写入",
                detail: $"共{warnings.Select(w => w.Row).Distinct().Count()}行的数值与历史相差10倍以上，请核实；确认无误后带 confirm=true 重新提交。",
                extensions: new Dictionary<string, object?> { ["code"] = "confirmation-required", ["errors"] = Array.Empty<RowIssue>(), ["warnings"] = warnings })
            : TypedResults.Problem(statusCode: 400, title: "报表数据有误，未写入任何数据",
                detail: $"共{errors.Select(e => e.Row).Distinct().Count()}行有误，请按错误清单修改后重新提交。",
                extensions: new Dictionary<string, object?> { ["errors"] = errors, ["warnings"] = warnings });
}
