using ChainChief.Web.Data;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Admin;

/// <summary>Departments: list, create, rename, delete when no user belongs to it.</summary>
public sealed class ManageDepartments(IDbContextFactory<AppDbContext> dbs, ReferenceData reference)
{
    public sealed record Row(int Id, string Name, string RegionCode, string RegionName, int Users);

    public async Task<IReadOnlyList<Row>> ListAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await db.Departments.AsNoTracking().OrderBy(d => d.RegionCode).ThenBy(d => d.Name)
            .Select(d => new { d.Id, d.Name, d.RegionCode, Users = db.Users.Count(u => u.DepartmentId == d.Id) })
            .ToListAsync(ct);
        return [.. rows.Select(d => new Row(d.Id, d.Name, d.RegionCode, reference.RegionName(d.RegionCode), d.Users))];
    }

    public async Task<int> SaveAsync(int? id, DepartmentInput input, Actor actor, CancellationToken ct)
    {
        if (reference.Region(input.RegionCode) is null)
        {
            throw new InputException(nameof(input.RegionCode), $"行政区划代码“{input.RegionCode}”不存在");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var name = input.Name.Trim();
        if (await db.Departments.AnyAsync(d => d.Name == name && d.RegionCode == input.RegionCode && d.Id != (id ?? 0), ct))
        {
            throw new InputException(nameof(input.Name), $"该区划下已有名为“{name}”的部门");
        }
        var department = id is int existing
            ? await db.Departments.SingleOrDefaultAsync(d => d.Id == existing, ct) ?? throw new BusinessRuleException("department.missing", "部门不存在或已被删除")
            : db.Departments.Add(new Department()).Entity;
        department.Name = name;
        department.RegionCode = input.RegionCode;
        await db.SaveChangesAsync(ct);
        return department.Id;
    }

    public async Task<bool> DeleteAsync(int id, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var department = await db.Departments.SingleOrDefaultAsync(d => d.Id == id, ct);
        if (department is null)
        {
            return false;
        }
        if (await db.Users.AnyAsync(u => u.DepartmentId == id, ct))
        {
            throw new BusinessRuleException("department.in-use", "该部门下还有用户，请先调整这些用户的部门");
        }
        db.Departments.Remove(department);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
