using ChainChief.Web.Infrastructure.Auth;

namespace ChainChief.Web.Features.Chains;

public static class ChainsApi
{
    public static IServiceCollection AddChains(this IServiceCollection services) => services.AddScoped<ListChains>();

    public static void MapChainsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/chains").WithTags("Chains").RequireAuthorization(Policies.SignedIn);
        api.MapGet("/", (ListChains h, CancellationToken ct) => h.HandleAsync(ct)).WithSummary("产业链列表");
    }
}
