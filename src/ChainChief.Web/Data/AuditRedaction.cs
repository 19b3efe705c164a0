using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Data;

/// <summary>
/// Blanks values already in the audit log when a record becomes confidential (a project marked 保密, the lead it came
/// from): the entries written while it was open named the firm. The entries stay; only the values become "***".
/// </summary>
public static class AuditRedaction
{
    public static async Task RedactAsync(AppDbContext db, string entityType, string entityId, IReadOnlyCollection<string> properties, CancellationToken ct)
    {
        var entries = await db.AuditEntries.Where(e => e.EntityType == entityType && e.EntityId == entityId).ToListAsync(ct);
        foreach (var entry in entries)
        {
            if (JsonNode.Parse(entry.Changes) is not JsonObject changes)
            {
                continue;
            }
            foreach (var property in properties.Where(changes.ContainsKey))
            {
                changes[property] = new JsonArray([.. changes[property]!.AsArray().Select(v => v is null ? null : JsonValue.Create("***"))]);
            }
            entry.Changes = changes.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }
    }
}
