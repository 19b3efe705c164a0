using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Audit;

/// <summary>The audit log with filters (admin page), newest first. Callers check who may read which subject.</summary>
public sealed class ListAuditEntries(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Query
    {
        public string? User { get; init; }
        public string? EntityType { get; init; }
        public AuditAction? Action { get; init; }
        public string? SubjectType { get; init; }
        public int? SubjectId { get; init; }
        /// <summary>Beijing dates, inclusive.</summary>
        public DateOnly? From { get; init; }
        public DateOnly? To { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
    }

    public sealed record Row(long Id, DateTime At, string UserName, AuditAction Action, string EntityType, string EntityId,
        string SubjectType, int SubjectId, string Changes);

    public async Task<PagedList<Row>> HandleAsync(Query q, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.User))
        {
            entries = entries.Where(e => e.UserName.Contains(q.User.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(q.EntityType))
        {
            entries = entries.Where(e => e.EntityType == q.EntityType);
        }
        if (q.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }
        if (!string.IsNullOrWhiteSpace(q.SubjectType))
        {
            entries = entries.Where(e => e.SubjectType == q.SubjectType);
        }
        if (q.SubjectId is int subject)
        {
            entries = entries.Where(e => e.SubjectId == subject);
        }
        if (q.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - ClockExtensions.ChinaOffset;
            entries = entries.Where(e => e.At >= start);
        }
        if (q.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - ClockExtensions.ChinaOffset;
            entries = entries.Where(e => e.At < end);
        }
        var rows = entries.OrderByDescending(e => e.Id)
            .Select(e => new Row(e.Id, e.At, e.UserName, e.Action, e.EntityType, e.EntityId, e.SubjectType, e.SubjectId, e.Changes));
        return await PagedList<Row>.CreateAsync(rows, q.Page ?? 1, q.PageSize ?? 50, ct);
    }
}
