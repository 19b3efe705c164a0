using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Investment;

/// <summary>Adds, edits and deletes target firms. Names are unique within a government's library; a stale version is a 409.</summary>
public sealed class SaveTargetFirm(IDbContextFactory<AppDbContext> dbs, TargetRules rules)
{
    public async Task<int> CreateAsync(TargetFirmInput input, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var target = new TargetFirm();
        await ApplyAsync(db, target, input, actor, ct);
        db.TargetFirms.Add(target);
        await db.SaveChangesAsync(ct);
        return target.Id;
    }

    /// <summary>False when the target is not there (or not in the actor's view).</summary>
    public async Task<bool> UpdateAsync(int id, TargetFirmInput input, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var target = await db.TargetFirms.VisibleTo(actor).Include(t => t.Nodes).SingleOrDefaultAsync(t => t.Id == id, ct);
        if (target is null)
        {
            return false;
        }
        InvestmentAccess.EnsureCanWrite(actor, target.RegionCode);
        db.Entry(target).Property(t => t.Version).OriginalValue = input.Version;
        await ApplyAsync(db, target, input, actor, ct);
        db.Entry(target).Property(t => t.Version).IsModified = true;
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<bool> DeleteAsync(int id, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var target = await db.TargetFirms.VisibleTo(actor).SingleOrDefaultAsync(t => t.Id == id, ct);
        if (target is null)
        {
            return false;
        }
        InvestmentAccess.EnsureCanWrite(actor, target.RegionCode);
        db.ActingAs(actor).TargetFirms.Remove(target);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task ApplyAsync(AppDbContext db, TargetFirm target, TargetFirmInput input, Actor actor, CancellationToken ct)
    {
        db.ActingAs(actor);
        InvestmentAccess.EnsureCanWrite(actor, actor.RegionScope);
        var (chainRegion, nodes) = await TargetRules.ChainAsync(db, input.ChainId, actor, ct);
        var errors = rules.Check(input, chainRegion, nodes, actor);
        var region = TargetRules.RegionOf(input, chainRegion, actor);
        if (errors.Count == 0 && await db.TargetFirms.AnyAsync(t => t.Id != target.Id && t.RegionCode == region && t.Name == input.Name.Trim(), ct))
        {
            errors[nameof(input.Name)] = ["目标企业库中已有同名企业"];
        }
        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }
        TargetRules.Fill(target, input, region);
        var wanted = input.NodeIds.Distinct().ToHashSet();
        target.Nodes.RemoveAll(n => !wanted.Contains(n.NodeId));
        target.Nodes.AddRange(wanted.Where(n => target.Nodes.All(x => x.NodeId != n)).Select(n => new TargetFirmNode { NodeId = n }));
    }
}
