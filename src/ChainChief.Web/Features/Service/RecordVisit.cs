using System.ComponentModel.DataAnnotations;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Appeals;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Service;

public sealed class ProblemInput
{
    public AppealCategory Category { get; set; } = AppealCategory.Other;
    [StringLength(2000, ErrorMessage = "问题描述不超过2000个字")]
    public string Description { get; set; } = "";
    /// <summary>File it as an appeal (诉求) at once, for the firm, through the usual workflow.</summary>
    public bool FileAsAppeal { get; set; }
}

public sealed class VisitInput
{
    public int? EnterpriseId { get; set; }
    public DateOnly? VisitedOn { get; set; }
    public VisitKind Kind { get; set; } = VisitKind.OnSite;
    [StringLength(4000, ErrorMessage = "走访情况不超过4000个字")]
    public string Summary { get; set; } = "";
    public ExpansionPlan Expansion { get; set; }
    [StringLength(1000, ErrorMessage = "说明不超过1000个字")]
    public string? ExpansionNote { get; set; }
    public RiskLevel LeavingRisk { get; set; }
    public RiskLevel ShrinkingRisk { get; set; }
    [StringLength(1000, ErrorMessage = "说明不超过1000个字")]
    public string? RiskNote { get; set; }
    public List<ProblemInput> Problems { get; set; } = [];
}

/// <summary>
/// Logs a 包联 visit with its survey. Problems marked for it become appeals in the same transaction, filed for the firm
/// with the visit as their channel, so the visit and its appeals are saved together or not at all.
/// </summary>
public sealed class RecordVisit(IDbContextFactory<AppDbContext> dbs, FileAppeal file, TimeProvider clock)
{
    public async Task<int> HandleAsync(VisitInput input, Actor actor, CancellationToken ct)
    {
        var today = clock.Today();
        if (input.VisitedOn is not { } on || on > today || on < today.AddYears(-1))
        {
            throw new InputException(nameof(input.VisitedOn), "走访日期应在一年内且不晚于今天");
        }
        if (string.IsNullOrWhiteSpace(input.Summary))
        {
            throw new InputException(nameof(input.Summary), "请填写走访情况");
        }
        var blank = input.Problems.FindIndex(p => string.IsNullOrWhiteSpace(p.Description));
        if (blank >= 0)
        {
            throw new InputException($"Problems[{blank}].Description", $"第{blank + 1}个问题没有描述");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var firm = await ServiceAccess.FirmForVisitAsync(db, input.EnterpriseId, actor, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var visit = new Visit
        {
            EnterpriseId = firm.Id, CountyCode = firm.CountyCode, VisitorId = actor.UserId, VisitorName = actor.UserName, VisitedOn = on,
            Kind = input.Kind, Summary = input.Summary.Trim(), Expansion = input.Expansion, ExpansionNote = input.ExpansionNote.TrimToNull(),
            LeavingRisk = input.LeavingRisk, ShrinkingRisk = input.ShrinkingRisk, RiskNote = input.RiskNote.TrimToNull(),
            Problems = [.. input.Problems.Select(p => new VisitProblem { Category = p.Category, Description = p.Description.Trim() })],
        };
        db.Visits.Add(visit);
        await db.SaveChangesAsync(ct);
        for (var i = 0; i < input.Problems.Count; i++)
        {
            if (input.Problems[i].FileAsAppeal)
            {
                visit.Problems[i].AppealId = (await FileProblemAsync(db, file, visit, visit.Problems[i], actor, ct)).Id;
            }
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return visit.Id;
    }

    internal static Task<Appeal> FileProblemAsync(AppDbContext db, FileAppeal file, Visit visit, VisitProblem problem, Actor actor, CancellationToken ct)
    {
        var title = problem.Description.Split('\n')[0].Trim();
        var input = new AppealInput
        {
            EnterpriseId = visit.EnterpriseId, Category = problem.Category, Title = title.Length > 60 ? title[..60] + "…" : title,
            Description = problem.Description,
        };
        return file.FileAsync(db, visit.EnterpriseId, visit.CountyCode, input, actor, $"{visit.VisitedOn:yyyy-MM-dd}走访（{visit.VisitorName}）中发现的问题", ct);
    }

}
