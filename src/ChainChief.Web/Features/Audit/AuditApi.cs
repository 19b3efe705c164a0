using ChainChief.Web.Infrastructure.Auth;

namespace ChainChief.Web.Features.Audit;

public static class AuditApi
{
    public static IServiceCollection AddAudit(this IServiceCollection services) =>
        services.AddScoped<ListAuditEntries>();

    public static void MapAuditApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(Policies.Administer);
        api.MapGet("/", ([AsParameters] ListAuditEntries.Query query, ListAuditEntries handler, CancellationToken ct) =>
            handler.HandleAsync(query, ct)).WithSummary("审计日志（管理员）");
    }
}
