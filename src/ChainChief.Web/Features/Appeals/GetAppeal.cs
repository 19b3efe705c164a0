using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Appeals;

/// <summary>One appeal with its history, its clock and the steps the actor may take now.</summary>
public sealed class GetAppeal(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    public sealed record Step(AppealAction? Action, AppealState? From, AppealState To, DateTime At, string ActorName, string? Note,
        string? DepartmentName, DateTime? Deadline, IReadOnlyList<File> Attachments);

    /// <summary>An attached file; its bytes come from <c>/api/appeals/{id}/attachments/{fileId}</c>.</summary>
    public sealed record File(int Id, string FileName, long Size);

    public sealed record Option(int Id, string Name);

    /// <summary>An escalation step that fired, against which clock, while whom held it.</summary>
    public sealed record Escalation(EscalationLevel Level, DateTime Due, DateTime FiredAt, string? DepartmentName, bool Current);

    public sealed record Detail(int Id, string Code, int EnterpriseId, string FirmName, string CountyCode, AppealCategory Category, AppealClass Class,
        AppealChannel Channel, string Title, string Description, AppealState State, int? DepartmentId, string? DepartmentName,
        DateTime SubmittedAt, DateTime SignInDue, DateTime? Deadline, bool Overdue, int? ExtensionDays, string? ExtensionReason, string? Reply,
        int Reopened, int Version, IReadOnlyList<Step> History, IReadOnlyList<Escalation> Escalations, IReadOnlyList<AppealAction> Actions, IReadOnlyList<Option> Departments);

    public async Task<Detail?> HandleAsync(int id, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var a = await db.Appeals.AsNoTracking().VisibleTo(actor).Include(x => x.Events).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
        {
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var firm = await db.Enterprises.Where(e => e.Id == a.EnterpriseId).Select(e => e.Name).SingleAsync(ct);
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Id).Select(d => new Option(d.Id, d.Name)).ToListAsync(ct);
        string? Name(int? dept) => departments.FirstOrDefault(d => d.Id == dept)?.Name;
        var parties = AppealAccess.PartiesOf(a, actor);
        var actions = parties.SelectMany(p => AppealWorkflow.Available(a.Status, p, now)).Distinct().Order().ToList();
        var eventIds = a.Events.Select(e => e.Id).ToList();
        var files = (await db.AppealAttachments.Where(f => eventIds.Contains(f.EventId)).OrderBy(f => f.Id)
            .Select(f => new { f.EventId, File = new File(f.Id, f.FileName, f.Size) }).ToListAsync(ct)).ToLookup(f => f.EventId, f => f.File);
        var history = a.Events.OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new Step(e.Action, e.From, e.To, e.At, e.ActorName, e.Note, Name(e.DepartmentId), e.Deadline, files[e.Id].ToList())).ToList();
        var escalations = (await db.AppealEscalations.AsNoTracking().Where(e => e.AppealId == a.Id).OrderBy(e => e.FiredAt).ThenBy(e => e.Level).ToListAsync(ct))
            .Select(e => new Escalation(e.Level, e.Due, e.FiredAt, Name(e.DepartmentId), e.Due == a.Clock)).ToList();
        return new Detail(a.Id, a.Code, a.EnterpriseId, firm, a.CountyCode, a.Category, a.Class, a.Channel, a.Title, a.Description, a.State,
            a.DepartmentId, Name(a.DepartmentId), a.SubmittedAt, a.SignInDue, a.Deadline, a.Clock < now, a.ExtensionDays, a.ExtensionReason, a.Reply,
            a.Reopened, a.Version, history, escalations, actions, parties.Contains(AppealParty.Office) ? departments : []);
    }
}
