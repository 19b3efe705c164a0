using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Alerts;

/// <summary>A note on the alert's timeline (what was found, who was called). Notes do not change the alert's state.</summary>
public sealed class AddAlertNote(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    public sealed record Request(string? Text);

    public async Task<bool> HandleAsync(int id, Request request, Actor actor, CancellationToken ct)
    {
        var text = request.Text?.Trim() ?? "";
        if (text.Length is < 1 or > 1000)
        {
            throw new InputException(nameof(Request.Text), "请填写备注（最多1000个字）");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        if (await AlertAccess.FindForUpdateAsync(db, id, null, actor, ct) is not var (alert, _))
        {
            return false;
        }
        Append(db, alert, text, actor, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Adds a timeline entry to a tracked alert (the other actions record themselves with it).</summary>
    public static void Append(AppDbContext db, Alert alert, string text, Actor actor, DateTime at) =>
        db.Set<AlertNote>().Add(new AlertNote { AlertId = alert.Id, Text = text, At = at, By = actor.UserName });
}
