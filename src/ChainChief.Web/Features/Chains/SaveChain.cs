using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Chains;

/// <summary>
/// Creates a chain or sub-chain, or saves its organisation and thresholds as one form. Lists (members, departments,
/// parties) are replaced as a whole; chain-owner firms must be registry firms. Returns the id, or null when not visible.
/// </summary>
public sealed class SaveChain(IDbContextFactory<AppDbContext> dbs)
{
    public async Task<int?> HandleAsync(int? id, ChainInput input, Actor actor, CancellationToken ct)
    {
        if (!ChainScope.CanManage(actor))
        {
            throw new AccessDeniedException("只有链长办可以编辑产业链");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var chain = id is null ? new Chain { RegionCode = actor.RegionScope }
            : await db.Chains.VisibleTo(actor).Include(c => c.Members).Include(c => c.Parties).Include(c => c.ResponsibleDepartments)
                .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (chain is null)
        {
            return null;
        }
        await CheckAsync(db, id, chain, input, actor, ct);
        if (id is null)
        {
            chain.SortOrder = await db.Chains.Select(c => (int?)c.SortOrder).MaxAsync(ct) + 1 ?? 1;
            db.Chains.Add(chain);
        }
        else
        {
            db.Entry(chain).Property(c => c.Version).OriginalValue = input.Version;
        }
        chain.Name = input.Name.Trim();
        chain.ParentId = input.ParentId;
        chain.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        chain.ExecutiveDepartmentId = input.ExecutiveDepartmentId;
        chain.Health = new ChainHealthSettings
        {
            LookbackMonths = input.LookbackMonths, WeakRevenueBelow = input.WeakRevenueBelow,
            StrongRevenueShare = input.StrongRevenueShare, KeyNodeWeight = input.KeyNodeWeight,
        };
        chain.Members.Clear();
        chain.Members.AddRange(input.Members.Select((m, i) => new ChainMember { Role = m.Role, Name = m.Name.Trim(), Position = m.Position?.Trim(), SortOrder = i }));
        chain.ResponsibleDepartments.RemoveAll(d => !input.ResponsibleDepartmentIds.Contains(d.DepartmentId));
        chain.ResponsibleDepartments.AddRange(input.ResponsibleDepartmentIds.Distinct()
            .Where(d => chain.ResponsibleDepartments.All(x => x.DepartmentId != d)).Select(d => new ChainDepartment { DepartmentId = d }));
        chain.Parties.Clear();
        chain.Parties.AddRange(input.Parties.Select((p, i) => new ChainParty { Kind = p.Kind, Name = p.Name.Trim(), EnterpriseId = p.EnterpriseId, SortOrder = i }));
        if (db.Entry(chain).State == EntityState.Unchanged)
        {
            // Only the lists changed: the chain row still takes the new version, so a stale form is refused next time.
            db.Entry(chain).State = EntityState.Modified;
        }
        await db.SaveChangesAsync(ct);
        return chain.Id;
    }

    private static async Task CheckAsync(AppDbContext db, int? id, Chain chain, ChainInput input, Actor actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (await db.Chains.AnyAsync(c => c.RegionCode == chain.RegionCode && c.Name == input.Name.Trim() && c.Id != id, ct))
        {
            errors[nameof(input.Name)] = [$"已有名为“{input.Name.Trim()}”的产业链"];
        }
        if (input.ParentId is { } parent && (parent == id || !await db.Chains.VisibleTo(actor).AnyAsync(c => c.Id == parent && c.ParentId == null, ct)))
        {
            errors[nameof(input.ParentId)] = ["上级产业链不存在，或本身已是子链"];
        }
        var departments = input.ResponsibleDepartmentIds.Append(input.ExecutiveDepartmentId ?? 0).Where(d => d != 0).Distinct().ToList();
        var known = await db.Departments.Where(d => departments.Contains(d.Id)).Select(d => d.Id).ToListAsync(ct);
        if (departments.Except(known).Any())
        {
            errors[nameof(input.ResponsibleDepartmentIds)] = ["所选部门不存在"];
        }
        var firms = input.Parties.Where(p => p.EnterpriseId is not null).Select(p => p.EnterpriseId!.Value).Distinct().ToList();
        var visible = await db.Enterprises.VisibleTo(actor).Where(e => firms.Contains(e.Id)).Select(e => e.Id).ToListAsync(ct);
        if (input.Parties.Any(p => p.Kind == ChainPartyKind.ChainOwner && p.EnterpriseId is null) || firms.Except(visible).Any())
        {
            errors[nameof(input.Parties)] = ["链主企业须从企业库中选择"];
        }
        if (input.Parties.Any(p => string.IsNullOrWhiteSpace(p.Name)) || input.Members.Any(m => string.IsNullOrWhiteSpace(m.Name)))
        {
            errors[nameof(input.Members)] = ["成员、园区和单位的名称不能为空"];
        }
        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }
    }
}
