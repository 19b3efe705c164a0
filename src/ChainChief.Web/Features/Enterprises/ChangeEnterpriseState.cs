using System.ComponentModel.DataAnnotations;
using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Enterprises;

/// <summary>升规 / 退库 and 在营 / 停产 / 迁出 / 注销 with an effective date and a note, as a dated history row.</summary>
public sealed class ChangeEnterpriseState(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Request(
        EnterpriseScale? Scale,
        OperatingStatus? Status,
        DateOnly EffectiveOn,
        [property: StringLength(200, ErrorMessage = "说明最多200个字")] string? Note,
        int Version);

    public async Task<bool> HandleAsync(int id, Request request, Actor actor, CancellationToken ct)
    {
        if (request.Scale is null && request.Status is null)
        {
            throw new InputException(nameof(Request.Status), "请选择新的规模或经营状态");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var e = await db.Enterprises.VisibleTo(actor).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return false;
        }
        db.Entry(e).Property(x => x.Version).OriginalValue = request.Version;
        var changed = request.Scale is { } s && e.ChangeScale(s, request.EffectiveOn, request.Note, actor.UserName);
        changed |= request.Status is { } st && e.ChangeStatus(st, request.EffectiveOn, request.Note, actor.UserName);
        if (!changed)
        {
            throw new BusinessRuleException("enterprise.unchanged", "新的规模和经营状态与当前一致，无需变更");
        }
        await db.SaveChangesAsync(ct);
        return true;
    }
}
