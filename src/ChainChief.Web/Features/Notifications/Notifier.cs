using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Notifications;

/// <summary>What a notification is about: the firm and its county (for region audiences) and who handles it now.</summary>
public sealed record NotificationSubject(int EnterpriseId, string CountyCode, int? HandlerDepartmentId, string Title, string Body, string Link);

/// <summary>
/// Adds a topic's notifications to the caller's unit of work, so they are saved with the change they report (or not at
/// all). Recipients follow the configured rules; whoever caused the change is not told about it.
/// </summary>
public sealed class Notifier(TimeProvider clock)
{
    public async Task<int> AddAsync(AppDbContext db, NotificationTopic topic, NotificationSubject subject, string? exceptUserId, CancellationToken ct)
    {
        var audiences = await db.NotificationRules.Where(r => r.Topic == topic).Select(r => r.Audience).ToListAsync(ct);
        var recipients = new HashSet<string>();
        foreach (var audience in audiences)
        {
            recipients.UnionWith(await RecipientsAsync(db, audience, subject, ct));
        }
        if (exceptUserId is not null)
        {
            recipients.Remove(exceptUserId);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.Notifications.AddRange(recipients.Order().Select(u => new Notification
        {
            UserId = u, Topic = topic, Title = subject.Title, Body = subject.Body, Link = subject.Link, CreatedAt = now,
        }));
        return recipients.Count;
    }

    private static async Task<IReadOnlyList<string>> RecipientsAsync(AppDbContext db, NotificationAudience audience, NotificationSubject s, CancellationToken ct) => audience switch
    {
        NotificationAudience.Firm => await db.Users.Where(u => u.EnterpriseId == s.EnterpriseId).Select(u => u.Id).ToListAsync(ct),
        NotificationAudience.Handler when s.HandlerDepartmentId is { } dept =>
            await db.Users.Where(u => u.DepartmentId == dept && u.EnterpriseId == null).Select(u => u.Id).ToListAsync(ct),
        NotificationAudience.Handler or NotificationAudience.Office => await InRegionAsync(db, Roles.ChainOffice, s.CountyCode, ct),
        NotificationAudience.County => await InRegionAsync(db, Roles.County, s.CountyCode, ct),
        NotificationAudience.Chief => await InRegionAsync(db, Roles.ChainChief, s.CountyCode, ct),
        NotificationAudience.Admin => await InRegionAsync(db, Roles.Admin, s.CountyCode, ct),
        _ => [],
    };

    /// <summary>Active holders of a role whose region covers the county (officials are few; the prefix test runs here).</summary>
    private static async Task<IReadOnlyList<string>> InRegionAsync(AppDbContext db, string role, string countyCode, CancellationToken ct)
    {
        var holders = await (from u in db.Users
                             join ur in db.UserRoles on u.Id equals ur.UserId
                             join r in db.Roles on ur.RoleId equals r.Id
                             where r.Name == role
                             select new { u.Id, u.RegionScope, u.LockoutEnd }).ToListAsync(ct);
        return [.. holders.Where(h => (h.LockoutEnd is null || h.LockoutEnd < DateTimeOffset.UtcNow) && countyCode.StartsWith(h.RegionScope, StringComparison.Ordinal)).Select(h => h.Id)];
    }
}
