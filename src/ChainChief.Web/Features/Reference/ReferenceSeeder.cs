using ChainChief.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Reference;

/// <summary>Loads divisions and industries into the database; running it again changes nothing.</summary>
public sealed class ReferenceSeeder(IDbContextFactory<AppDbContext> dbs)
{
    public async Task<int> SeedAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var changed = Upsert(db.Regions, await db.Regions.ToDictionaryAsync(r => r.Code, ct), ReferenceFiles.ReadRegions(), r => r.Code,
            (old, now) => (old.Name, old.ParentCode, old.Level) != (now.Name, now.ParentCode, now.Level),
            (old, now) => { old.Name = now.Name; old.ParentCode = now.ParentCode; old.Level = now.Level; });
        changed += Upsert(db.Industries, await db.Industries.ToDictionaryAsync(r => r.Code, ct), ReferenceFiles.ReadIndustries(), i => i.Code,
            (old, now) => (old.Name, old.ParentCode, old.IsIndustrial, old.IsIndustrialDivision) != (now.Name, now.ParentCode, now.IsIndustrial, now.IsIndustrialDivision),
            (old, now) => { old.Name = now.Name; old.ParentCode = now.ParentCode; old.IsIndustrial = now.IsIndustrial; old.IsIndustrialDivision = now.IsIndustrialDivision; });
        await db.SaveChangesAsync(ct);
        return changed;
    }

    private static int Upsert<T>(DbSet<T> set, Dictionary<string, T> existing, IEnumerable<T> wanted, Func<T, string> key,
        Func<T, T, bool> differs, Action<T, T> copy) where T : class
    {
        var changed = 0;
        foreach (var item in wanted)
        {
            if (!existing.TryGetValue(key(item), out var old))
            {
                set.Add(item);
                changed++;
            }
            else if (differs(old, item))
            {
                copy(old, item);
                changed++;
            }
        }
        return changed;
    }
}
