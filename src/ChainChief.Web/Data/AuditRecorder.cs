using System.Text.Json;
using ChainChief.Web.Features.Audit;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ChainChief.Web.Data;

/// <summary>
/// Captures audited changes before a save (when original values are still known) and turns them into
/// <see cref="AuditEntry"/> rows after it (when generated keys are known).
/// </summary>
internal sealed class AuditRecorder
{
    private static readonly HashSet<string> Ignored =
        [nameof(IStamped.CreatedAt), nameof(IStamped.CreatedBy), nameof(IStamped.UpdatedAt), nameof(IStamped.UpdatedBy), nameof(IVersioned.Version)];

    private const string Redacted = "***";

    private readonly List<(EntityEntry Entry, IAudited Entity, AuditAction Action, Dictionary<string, object?[]> Changes)> pending = [];

    public bool IsEmpty => pending.Count == 0;

    public static AuditRecorder Capture(ChangeTracker tracker)
    {
        var recorder = new AuditRecorder();
        foreach (var entry in tracker.Entries().Where(e => e.Entity is IAudited))
        {
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Modified => AuditAction.Updated,
                EntityState.Deleted => AuditAction.Deleted,
                _ => (AuditAction?)null,
            };
            if (action is null)
            {
                continue;
            }
            var changes = new Dictionary<string, object?[]>();
            foreach (var p in entry.Properties.Where(p => !p.Metadata.IsPrimaryKey() && !Ignored.Contains(p.Metadata.Name)))
            {
                object?[]? change = action switch
                {
                    AuditAction.Created => p.CurrentValue is null ? null : [null, p.CurrentValue],
                    AuditAction.Deleted => p.OriginalValue is null ? null : [p.OriginalValue, null],
                    _ => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue) ? [p.OriginalValue, p.CurrentValue] : null,
                };
                if (change is not null)
                {
                    changes[p.Metadata.Name] = entry.Entity is IRedactedAudit r && r.Redacts(p.Metadata.Name)
                        ? [.. change.Select(v => v is null ? null : (object)Redacted)]
                        : change;
                }
            }
            if (action != AuditAction.Updated || changes.Count > 0)
            {
                recorder.pending.Add((entry, (IAudited)entry.Entity, action.Value, changes));
            }
        }
        return recorder;
    }

    public IEnumerable<AuditEntry> ToEntries(Actor actor, DateTime at) => pending.Select(p => new AuditEntry
    {
        At = at,
        UserId = actor.UserId,
        UserName = actor.UserName,
        Action = p.Action,
        EntityType = p.Entry.Metadata.ClrType.Name,
        EntityId = string.Join(",", p.Entry.Metadata.FindPrimaryKey()!.Properties.Select(k => p.Entry.Property(k.Name).CurrentValue)),
        SubjectType = p.Entity.AuditSubjectType,
        SubjectId = p.Entity.AuditSubjectId,
        Changes = JsonSerializer.Serialize(p.Changes, JsonOptions),
    });

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
