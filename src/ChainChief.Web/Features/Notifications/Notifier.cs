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
        // The handler is the department once assigned; before that, the 链长办.
        var byDepartment = audiences.Contains(NotificationAudience.Handler) && subject.HandlerDepartmentId is not null;
        var roles = audiences.Select(a => a switch
        {
            NotificationAudience.Office => Roles.ChainOffice,
            NotificationAudience.Handler when !byDepartment => Roles.ChainOffice,
            NotificationAudience.County => Roles.County,
            NotificationAudience.Chief => Roles.ChainChief,
            NotificationAudience.Admin => Roles.Admin,
            _ => null,
        }).OfType<string>().ToHashSet();
        var firm = audiences.Contains(NotificationAudience.Firm);
        var dept = byDepartment ? subject.HandlerDepartmentId : null;
        var recipients = firm || dept is not null
            ? (await db.Users.Where(u => (firm && u.EnterpriseId == subject.EnterpriseId) || (dept != null && u.DepartmentId == dept && u.EnterpriseId == null))
                .Select(u => u.Id).ToListAsync(ct)).ToHashSet()
            : [];
        if (roles.Count > 0)
        {
            recipients.UnionWith(await InRegionAsync(db, roles, subject.CountyCode, ct));
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

    /// <summary>Tells named users directly (topics outside the rules grid, whose audience the caller works out).</summary>
    public void AddTo(AppDbContext db, NotificationTopic topic, IEnumerable<string> userIds, string title, string body, string link)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.Notifications.AddRange(userIds.Distinct().Order().Select(u => new Notification { UserId = u, Topic = topic, Title = title, Body = body, Link = link, CreatedAt = now }));
    }

    /// <summary>Enterprise accounts by firm: of the given firms, or of every firm when null (a matching run over a province, where the accounts are few and the firms many).</summary>
    public static async Task<ILookup<int, string>> FirmAccountsAsync(AppDbContext db, IReadOnlyCollection<int>? firms, CancellationToken ct) =>
        (await db.Users.Where(u => u.EnterpriseId != null && (firms == null || firms.Contains(u.EnterpriseId.Value)))
            .Select(u => new { u.Id, Firm = u.EnterpriseId!.Value }).ToListAsync(ct))
        .ToLookup(u => u.Firm, u => u.Id);

    /// <summary>Unlocked holders of any of the roles whose region covers the county (officials are few; the prefix test runs here).</summary>
    public async Task<IEnumerable<string>> InRegionAsync(AppDbContext db, IReadOnlySet<string> roles, string countyCode, CancellationToken ct)
    {
        var holders = await (from u in db.Users
                             join ur in db.UserRoles on u.Id equals ur.UserId
                             join r in db.Roles on ur.RoleId equals r.Id
                             where roles.Contains(r.Name!)
                             select new { u.Id, u.RegionScope, u.LockoutEnd }).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return holders.Where(h => (h.LockoutEnd is null || h.LockoutEnd < now) && countyCode.StartsWith(h.RegionScope, StringComparison.Ordinal)).Select(h => h.Id);
    }
}
