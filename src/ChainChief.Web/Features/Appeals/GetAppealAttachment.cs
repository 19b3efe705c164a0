using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Appeals;

/// <summary>A file attached to a step, for whoever may see the appeal (the firm, its region's officers, the department holding it).</summary>
public sealed class GetAppealAttachment(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Download(string FileName, string ContentType, byte[] Content);

    public async Task<Download?> HandleAsync(int appealId, int fileId, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var visible = db.Appeals.VisibleTo(actor).Where(a => a.Id == appealId)
            .SelectMany(a => db.AppealEvents.Where(e => e.AppealId == a.Id).Select(e => e.Id));
        return await db.AppealAttachments.AsNoTracking().Where(f => f.Id == fileId && visible.Contains(f.EventId))
            .Select(f => new Download(f.FileName, f.ContentType, f.Content)).SingleOrDefaultAsync(ct);
    }
}
