using System.Security.Claims;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using ChainChief.Web.Infrastructure.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainChief.Web.Features.Incentives;

/// <summary>Policies that find firms (DOMAIN §8): the policy library, matching runs, 免申即享 award batches, 快申快享 applications, the firm portal.</summary>
public static class IncentivesApi
{
    public static IServiceCollection AddIncentives(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<SavePolicy>().AddScoped<ChangePolicyStatus>().AddScoped<GetPolicy>().AddScoped<ListPolicies>().AddScoped<ExportPolicies>()
            .AddScoped<EnjoymentRate>().AddScoped<RunMatching>().AddSingleton<MatchingJobs>().AddScoped<ListMatches>().AddScoped<ListMatchRuns>()
            .AddScoped<CreateAwardBatch>().AddScoped<ApproveAwardBatch>().AddScoped<RecordDisbursement>().AddScoped<GetAwardBatch>().AddScoped<ListAwardBatches>()
            .AddScoped<ExportAwardBatch>().AddScoped<ApplyForPolicy>().AddScoped<DecideApplication>().AddScoped<WithdrawApplication>().AddScoped<ListApplications>()
            .AddScoped<GetFirmPolicies>().AddScoped<ListAwards>();
        if (configuration.GetValue("Incentives:MatchAfterStatistics", true))
        {
            services.AddSingleton<MatchAfterStatistics>().AddSingleton<IReportsWritten>(s => s.GetRequiredService<MatchAfterStatistics>());
        }
        return services;
    }

    public static void MapIncentivesApi(this IEndpointRouteBuilder app)
    {
        MapPolicies(app);
        MapMatching(app);
        MapAwards(app);
        MapApplications(app);
    }

    private static void MapPolicies(IEndpointRouteBuilder app)
    {
        var policies = app.MapGroup("/api/policies").WithTags("Policies").RequireAuthorization(Policies.ViewPolicies);

        policies.MapGet("/", ([AsParameters] ListPolicies.Query query, ListPolicies h, ClaimsPrincipal user, CancellationToken ct) => h.HandleAsync(query, Actor.From(user), ct))
            .WithSummary("政策库：执行中的在前，每项附本年度（上年数据）符合条件企业数、金额和应享尽享率；表头为全部政策合计");

        policies.MapGet("/export", async ([AsParameters] ListPolicies.Query query, ExportPolicies h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.File(await h.HandleAsync(query, Actor.From(user), ct), ExcelWorkbook.ContentType, "政策库.xlsx"))
            .WithSummary("导出政策库（Excel：条件和兑现标准写成文字，附应享尽享数据）");

        policies.MapGet("/facts", () => TypedResults.Ok(FactCatalog.All)).WithSummary("规则可用的企业数据项（键、名称、类型、单位）");

        policies.MapGet("/{id:int}", async Task<Results<Ok<GetPolicy.Detail>, NotFound>> (int id, GetPolicy h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, Actor.From(user), ct) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound())
            .WithSummary("一项政策：定义（与表单、JSON 导出同格式）、条件文字说明、各版本、本年度兑现情况");

        policies.MapGet("/{id:int}/json", async Task<Results<FileContentHttpResult, NotFound>> (int id, GetPolicy h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, Actor.From(user), ct) is { } d
                ? TypedResults.File(PolicyJson.Export(d.Definition), "application/json", $"policy-{id}.json")
                : TypedResults.NotFound())
            .WithSummary("导出政策定义（JSON，可直接用“新建政策”导入）");

        policies.MapPost("/", async (PolicyInput input, SavePolicy h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Created($"/api/policies/{await h.HandleAsync(null, input, Actor.From(user), ct)}"))
            .RequireAuthorization(Policies.ManagePolicies).WithSummary("新建政策（草稿）；也用于导入 JSON 导出的政策定义");

        policies.MapPut("/{id:int}", async (int id, PolicyInput input, SavePolicy h, ClaimsPrincipal user, CancellationToken ct) =>
            { await h.HandleAsync(id, input, Actor.From(user), ct); return TypedResults.NoContent(); })
            .RequireAuthorization(Policies.ManagePolicies).WithSummary("修改政策：每次保存形成新版本，已兑现的记录保留原版本（version 过期返回409）");

        policies.MapPost("/{id:int}/status", async Task<Results<NoContent, NotFound>> (int id, ChangePolicyStatus.Request request, ChangePolicyStatus h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, request, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManagePolicies).WithSummary("发布、停止执行或恢复执行政策；随后自动运行政策匹配");
    }

    private static void MapMatching(IEndpointRouteBuilder app)
    {
        var matching = app.MapGroup("/api/matching").WithTags("Policies").RequireAuthorization(Policies.ViewPolicies);

        matching.MapGet("/runs", (ListMatchRuns h, ClaimsPrincipal user, CancellationToken ct) => h.HandleAsync(Actor.From(user), ct))
            .WithSummary("最近的政策匹配运行：时间、触发方式、用时、企业数、政策数、匹配数、新增和失效数");

        matching.MapPost("/runs", async Task<Results<Ok<RunMatching.Outcome>, Accepted<MatchingJobView>>> (bool? wait, RunMatching run, MatchingJobs jobs, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var actor = Actor.From(user);
                if (wait == true)
                {
                    return TypedResults.Ok(await MatchingJobs.RunNowAsync(run, actor.RegionScope, MatchTrigger.Manual, actor, ct));
                }
                var job = jobs.Start(actor.RegionScope, MatchTrigger.Manual, actor);
                return TypedResults.Accepted($"/api/matching/jobs/{job.Id}", MatchingJobView.Of(job));
            })
            .RequireAuthorization(Policies.ManagePolicies).WithSummary("对本辖区企业和执行中的政策运行匹配（政策找人）；wait=true 时等待完成，否则后台运行并返回进度地址");

        matching.MapGet("/jobs/{id:guid}", Results<Ok<MatchingJobView>, NotFound> (Guid id, MatchingJobs jobs, ClaimsPrincipal user) =>
            jobs.Find(id, Actor.From(user)) is { } job ? TypedResults.Ok(MatchingJobView.Of(job)) : TypedResults.NotFound())
            .WithSummary("后台匹配的进度和结果");

        matching.MapGet("/matches", ([AsParameters] ListMatches.Query query, ListMatches h, ClaimsPrincipal user, CancellationToken ct) => h.HandleAsync(query, Actor.From(user), ct))
            .WithSummary("匹配结果：符合条件的企业、可享金额、计算方法、申请和兑现进度；unserved=true 只看未兑现的");

        matching.MapGet("/matches/export", async ([AsParameters] ListMatches.Query query, ListMatches h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.File(await h.ExportAsync(query, Actor.From(user), ct), ExcelWorkbook.ContentType, "政策匹配结果.xlsx"))
            .WithSummary("导出匹配结果（Excel）");

        app.MapGet("/api/enterprises/{id:int}/policies", async Task<Results<Ok<GetFirmPolicies.Result>, NotFound>> (int id, GetFirmPolicies h, ClaimsPrincipal user, CancellationToken ct) =>
                await h.HandleAsync(id, Actor.From(user), ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .WithTags("Policies").RequireAuthorization(Policies.SignedIn)
            .WithSummary("一家企业的可享政策：逐项条件（实际值、要求、差距）、可享金额、申请和兑现记录；企业账号只能看本企业");
    }

    private static void MapAwards(IEndpointRouteBuilder app)
    {
        var batches = app.MapGroup("/api/award-batches").WithTags("Policies").RequireAuthorization(Policies.ViewPolicies);

        batches.MapGet("/", ([AsParameters] ListAwardBatches.Query query, ListAwardBatches h, ClaimsPrincipal user, CancellationToken ct) => h.HandleAsync(query, Actor.From(user), ct))
            .WithSummary("免申即享兑现批次：企业数、金额、已拨付金额");

        batches.MapPost("/", async Task<Results<Ok<CreateAwardBatch.Outcome>, NotFound>> (int policyId, CreateAwardBatch.Request request, CreateAwardBatch h, ClaimsPrincipal user, CancellationToken ct) =>
                await h.HandleAsync(policyId, request, Actor.From(user), ct) is { } o ? TypedResults.Ok(o) : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManagePolicies).WithSummary("为免申即享政策生成兑现批次：尚未兑现的匹配企业按最新数据复核后列入，冻结其符合的条件");

        batches.MapGet("/{id:int}", async Task<Results<Ok<GetAwardBatch.Detail>, NotFound>> (int id, GetAwardBatch h, ClaimsPrincipal user, CancellationToken ct) =>
                await h.HandleAsync(id, Actor.From(user), ct) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound())
            .WithSummary("一个兑现批次：逐家企业的金额、计算方法、符合的条件、状态和拨付记录");

        batches.MapGet("/{id:int}/export", async Task<Results<FileContentHttpResult, NotFound>> (int id, ExportAwardBatch h, ClaimsPrincipal user, CancellationToken ct) =>
                await h.HandleAsync(id, Actor.From(user), ct) is { } f ? TypedResults.File(f.File, ExcelWorkbook.ContentType, f.Name) : TypedResults.NotFound())
            .WithSummary("导出兑现清单（Excel）");

        batches.MapPost("/{id:int}/approval", async Task<Results<NoContent, NotFound>> (int id, ApproveAwardBatch.Request request, ApproveAwardBatch h, ClaimsPrincipal user, CancellationToken ct) =>
                await h.HandleAsync(id, request, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManagePolicies).WithSummary("审核批次：除列出的不予兑现（须说明理由）外全部通过");

        var awards = app.MapGroup("/api/awards").WithTags("Policies").RequireAuthorization(Policies.ViewPolicies);

        awards.MapGet("/", ([AsParameters] ListAwards.Query query, ListAwards h, ClaimsPrincipal user, CancellationToken ct) => h.HandleAsync(query, Actor.From(user), ct))
            .WithSummary("兑现记录（默认为已审核待拨付的，含批次和快申快享申请形成的）");

        awards.MapGet("/export", async ([AsParameters] ListAwards.Query query, ListAwards h, ClaimsPrincipal user, CancellationToken ct) =>
                TypedResults.File(await h.ExportAsync(query, Actor.From(user), ct), ExcelWorkbook.ContentType, "兑现记录.xlsx"))
            .WithSummary("导出兑现记录（Excel）");

        app.MapPost("/api/awards/payments", async (RecordDisbursement.Request request, RecordDisbursement h, ClaimsPrincipal user, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(request, Actor.From(user), ct)))
            .WithTags("Policies").RequireAuthorization(Policies.ManagePolicies)
            .WithSummary("登记拨付：已审核的兑现记录填写拨付日期和凭证号，通知企业；批次全部拨付后标为已拨付");
    }

    private static void MapApplications(IEndpointRouteBuilder app)
    {
        var applications = app.MapGroup("/api/policy-applications").WithTags("Policies").RequireAuthorization(Policies.SignedIn);

        applications.MapGet("/", ([AsParameters] ListApplications.Query query, ListApplications h, ClaimsPrincipal user, CancellationToken ct) => h.HandleAsync(query, Actor.From(user), ct))
            .WithSummary("快申快享申请：待办理的按期限在前，标出超期；企业账号只看本企业的");

        applications.MapGet("/export", async ([AsParameters] ListApplications.Query query, ListApplications h, ClaimsPrincipal user, CancellationToken ct) =>
                TypedResults.File(await h.ExportAsync(query, Actor.From(user), ct), ExcelWorkbook.ContentType, "政策申请.xlsx"))
            .RequireAuthorization(Policies.ViewPolicies).WithSummary("导出政策申请（Excel）");

        applications.MapPost("/", async Task<Results<Ok<ApplyForPolicy.Outcome>, NotFound>> (int policyId, ApplyForPolicy.Request request, ApplyForPolicy h, ClaimsPrincipal user, CancellationToken ct) =>
                await h.HandleAsync(policyId, request, Actor.From(user), ct) is { } o ? TypedResults.Ok(o) : TypedResults.NotFound())
            .RequireAuthorization(Policies.ApplyForPolicies).WithSummary("企业申请快申快享政策：按企业上年度数据复核，不符合时列出未满足的条件；办结期限按工作日计算");

        applications.MapPost("/{id:int}/decision", async Task<Results<NoContent, NotFound>> (int id, DecideApplication.Request request, DecideApplication h, ClaimsPrincipal user, CancellationToken ct) =>
                await h.HandleAsync(id, request, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManagePolicies).WithSummary("办理申请：批准即形成待拨付的兑现记录；不予批准须说明理由；通知企业");

        applications.MapPost("/{id:int}/withdrawal", async Task<Results<NoContent, NotFound>> (int id, WithdrawApplication h, ClaimsPrincipal user, CancellationToken ct) =>
                await h.HandleAsync(id, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ApplyForPolicies).WithSummary("企业撤回尚未办理的申请");
    }
}

/// <summary>A background matching run as the API shows it.</summary>
public sealed record MatchingJobView(Guid Id, JobState State, JobProgress Progress, string? Error, RunMatching.Outcome? Result)
{
    public static MatchingJobView Of(Job<RunMatching.Outcome> job) => new(job.Id, job.State, job.Progress, job.Error, job.Result);
}
