using System.Security.Claims;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainChief.Web.Features.Service;

/// <summary>Enterprise service: 包联 liaisons, visit logs, visits due, and each firm's service ledger (服务台账).</summary>
public static class ServiceApi
{
    public static IServiceCollection AddService(this IServiceCollection services) =>
        services.AddScoped<Liaisons>().AddScoped<RecordVisit>().AddScoped<ProblemToAppeal>().AddScoped<ListVisits>().AddScoped<VisitsDue>().AddScoped<GetServiceLedger>();

    public static void MapServiceApi(this IEndpointRouteBuilder app)
    {
        var visits = app.MapGroup("/api/visits").WithTags("Visits").RequireAuthorization(Policies.ViewVisits);

        visits.MapGet("/", ([AsParameters] ListVisits.Query query, ListVisits h, ClaimsPrincipal user, CancellationToken ct) => h.HandleAsync(query, Actor.From(user), ct))
            .WithSummary("走访记录：链长办、县区看辖区内的，其他干部看自己走访的和自己包联企业的；risk 只列外迁或减产风险不低于该级的");

        visits.MapGet("/due", ([AsParameters] VisitsDue.Query query, VisitsDue h, ClaimsPrincipal user, CancellationToken ct) => h.HandleAsync(query, Actor.From(user), ct))
            .WithSummary("包联企业的走访到期情况（按链主/规上/其他的走访周期）；overdue=true 只列逾期未走访的，mine=true 只列本人包联的");

        visits.MapGet("/{id:int}", async Task<Results<Ok<ListVisits.Detail>, NotFound>> (int id, ListVisits h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.GetAsync(id, Actor.From(user), ct) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound())
            .WithSummary("一次走访：走访情况、问卷（扩产计划、外迁/减产风险）、发现的问题及其诉求");

        visits.MapPost("/", async (VisitInput input, RecordVisit h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Created($"/api/visits/{await h.HandleAsync(input, Actor.From(user), ct)}"))
            .RequireAuthorization(Policies.RecordVisits)
            .WithSummary("记录走访（本辖区的链长办、县区，或该企业的包联干部）；problems 中 fileAsAppeal=true 的问题同时转为诉求");

        visits.MapPost("/{id:int}/problems/{problemId:int}/appeal", async (int id, int problemId, ProblemToAppeal h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Created($"/api/appeals/{await h.HandleAsync(id, problemId, Actor.From(user), ct)}"))
            .RequireAuthorization(Policies.RecordVisits)
            .WithSummary("把走访中发现的问题转为诉求（每个问题只能转一次）");

        var firms = app.MapGroup("/api/enterprises/{id:int}").WithTags("Visits").RequireAuthorization(Policies.ViewVisits);

        firms.MapGet("/ledger", async Task<Results<Ok<GetServiceLedger.Result>, NotFound>> (int id, GetServiceLedger h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.HandleAsync(id, Actor.From(user), ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .WithSummary("服务台账：一家企业的诉求、走访、预警、帮扶工单，按时间倒序");

        firms.MapGet("/liaisons", (int id, Liaisons h, ClaimsPrincipal user, CancellationToken ct) => h.ListAsync(id, Actor.From(user), ct))
            .WithSummary("企业的包联干部");

        firms.MapGet("/liaisons/candidates", (int id, Liaisons h, ClaimsPrincipal user, CancellationToken ct) => h.CandidatesAsync(id, Actor.From(user), ct))
            .RequireAuthorization(Policies.ManageLiaisons).WithSummary("可安排为包联干部的本辖区干部");

        firms.MapPost("/liaisons", async (int id, Liaisons.AssignRequest request, Liaisons h, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await h.AssignAsync(id, request, Actor.From(user), ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(Policies.ManageLiaisons).WithSummary("安排包联干部（本辖区的干部）");

        firms.MapDelete("/liaisons/{userId}", async Task<Results<NoContent, NotFound>> (int id, string userId, Liaisons h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.RemoveAsync(id, userId, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageLiaisons).WithSummary("取消包联");
    }
}
