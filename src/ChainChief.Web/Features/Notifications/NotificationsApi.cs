using System.Security.Claims;
using ChainChief.Web.Infrastructure.Auth;

namespace ChainChief.Web.Features.Notifications;

/// <summary>Every user's in-app inbox (站内消息).</summary>
public static class NotificationsApi
{
    public static IServiceCollection AddNotifications(this IServiceCollection services) =>
        services.AddSingleton<Notifier>().AddSingleton<UnreadCounter>().AddScoped<Inbox>();

    public static void MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization(Policies.SignedIn);

        api.MapGet("/", ([AsParameters] Inbox.Query query, Inbox h, ClaimsPrincipal user, CancellationToken ct) =>
            h.ListAsync(query, Actor.From(user), ct))
            .WithSummary("本人的站内消息，最新在前；unread=true 只列未读");

        api.MapGet("/unread-count", async (Inbox h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(new { count = await h.UnreadCountAsync(Actor.From(user), ct) }))
            .WithSummary("本人未读消息数");

        api.MapPost("/{id:long}/read", async (long id, Inbox h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(new { changed = await h.MarkReadAsync(id, Actor.From(user), ct) }))
            .WithSummary("标记一条消息为已读（只能是本人的）");

        api.MapPost("/read-all", async (Inbox h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(new { changed = await h.MarkReadAsync(null, Actor.From(user), ct) }))
            .WithSummary("本人全部未读消息标记为已读");
    }
}
