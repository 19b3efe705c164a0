using ChainChief.Web.Data;
using ChainChief.Web.Features.Projects;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Contracts;

/// <summary>A project's 标准地 contract with its checks (newest first), its breach cases and, for the 达产复核 form,
/// what the firm's statistics give today.</summary>
public sealed class GetContract(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    public sealed record Detail(LandContract? Contract, IReadOnlyList<ContractCheck> Checks, IReadOnlyList<BreachRow> Cases, bool CanEdit,
        StatisticsReading? FromStatistics);

    public sealed record BreachRow(int Id, int CheckId, BreachStatus Status, decimal Penalty, string Shortfalls, IReadOnlyList<BreachStatus> Next,
        IReadOnlyList<BreachEvent> History, int Version);

    public sealed record StatisticsReading(decimal TaxPerMu, decimal OutputPerMu, int From, int To);

    public async Task<Detail?> HandleAsync(int projectId, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var project = await db.Projects.AsNoTracking().VisibleTo(actor).Where(p => p.Id == projectId).Select(p => new { p.CountyCode, p.EnterpriseId }).SingleOrDefaultAsync(ct);
        if (project is null)
        {
            return null;
        }
        var canEdit = ProjectAccess.CanWrite(actor, project.CountyCode);
        var contract = await db.LandContracts.AsNoTracking().SingleOrDefaultAsync(c => c.ProjectId == projectId, ct);
        if (contract is null)
        {
            return new Detail(null, [], [], canEdit, null);
        }
        var checks = await db.ContractChecks.AsNoTracking().Where(c => c.ContractId == contract.Id).OrderByDescending(c => c.At).ThenByDescending(c => c.Id).ToListAsync(ct);
        var cases = await db.BreachCases.AsNoTracking().Include(b => b.Events).Where(b => b.ContractId == contract.Id).OrderByDescending(b => b.Id).ToListAsync(ct);
        var reading = await RunContractCheck.FromStatisticsAsync(db, project.EnterpriseId, contract.LandAreaMu, clock.Today(), ct);
        return new Detail(contract, checks,
            [.. cases.Select(b => new BreachRow(b.Id, b.CheckId, b.Status, b.Penalty, b.Shortfalls, canEdit ? BreachWorkflow.Next(b.Status) : [],
                [.. b.Events.OrderBy(e => e.At).ThenBy(e => e.Id)], b.Version))],
            canEdit, reading is { } r ? new StatisticsReading(r.Tax, r.Output, r.From, r.To) : null);
    }
}
