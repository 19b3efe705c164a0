using System.ComponentModel.DataAnnotations;
using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Enterprises;

/// <summary>Grants a dated title (专精特新 …) or removes one recorded by mistake.</summary>
public sealed class ManageEnterpriseTags(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record AddRequest(
        EnterpriseTagKind Kind,
        DateOnly GrantedOn,
        DateOnly? ExpiresOn,
        [property: StringLength(200, ErrorMessage = "备注最多200个字")] string? Note);

    /// <summary>The new tag's id, or null when the firm is not visible.</summary>
    public async Task<int?> AddAsync(int enterpriseId, AddRequest request, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var e = await db.Enterprises.VisibleTo(actor).Include(x => x.Tags).SingleOrDefaultAsync(x => x.Id == enterpriseId, ct);
        if (e is null)
        {
            return null;
        }
        var tag = e.AddTag(request.Kind, request.GrantedOn, request.ExpiresOn, request.Note);
        await db.SaveChangesAsync(ct);
        return tag.Id;
    }

    public async Task<bool> RemoveAsync(int enterpriseId, int tagId, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var tag = await db.EnterpriseTags
            .Where(t => t.Id == tagId && t.EnterpriseId == enterpriseId)
            .Where(t => db.Enterprises.VisibleTo(actor).Any(e => e.Id == t.EnterpriseId))
            .SingleOrDefaultAsync(ct);
        if (tag is null)
        {
            return false;
        }
        db.EnterpriseTags.Remove(tag);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
