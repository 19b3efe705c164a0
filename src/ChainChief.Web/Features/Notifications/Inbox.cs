using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Notifications;

/// <summary>The signed-in user's own notifications: newest first, the unread count, and marking them read.</summary>
public sealed class Inbox(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    public sealed record Query
    {
        public bool? Unread { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
    }

    public sealed record Item(long Id, NotificationTopic Topic, string Title, string Body, string Link, DateTime CreatedAt, DateTime? ReadAt);

    public async Task<PagedList<Item>> ListAsync(Query query, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == actor.UserId);
        if (query.Unread == true)
        {
            mine = mine.Where(n => n.ReadAt == null);
        }
        return await PagedList<Item>.CreateAsync(mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Select(n => new Item(n.Id, n.Topic, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt)), query.Page ?? 1, query.PageSize ?? 20, ct);
    }

    public async Task<int> UnreadCountAsync(Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Notifications.CountAsync(n => n.UserId == actor.UserId && n.ReadAt == null, ct);
    }

    /// <summary>Marks one (or, with null, all) of the user's unread notifications read; returns how many changed.</summary>
    public async Task<int> MarkReadAsync(long? id, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var unread = db.Notifications.Where(n => n.UserId == actor.UserId && n.ReadAt == null);
        if (id is { } one)
        {
            unread = unread.Where(n => n.Id == one);
        }
        return await unread.ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }
}
