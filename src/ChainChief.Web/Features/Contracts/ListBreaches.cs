using ChainChief.Web.Data;
using ChainChief.Web.Features.Projects;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Contracts;

/// <summary>Breach cases across projects (open first), each under its project's shown name (a code name when confidential).</summary>
public sealed class ListBreaches(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Query
    {
        public BreachStatus? Status { get; init; }
        /// <summary>true = not yet 结案.</summary>
        public bool? Open { get; init; }
        public string? County { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
    }

    public sealed record Row(int Id, int ProjectId, string ProjectName, string ContractNo, string CountyCode, BreachStatus Status, decimal Penalty,
        string Shortfalls, DateTime FiledAt);

    public async Task<PagedList<Row>> HandleAsync(Query query, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await PagedList<Row>.CreateAsync(Rows(db, query, actor), query.Page ?? 1, query.PageSize ?? 20, ct);
    }

    internal static IQueryable<Row> Rows(AppDbContext db, Query q, Actor actor)
    {
        var projects = db.Projects.AsNoTracking().VisibleTo(actor).Faces(actor.UserId);
        var cases = from b in db.BreachCases.AsNoTracking()
                    join c in db.LandContracts on b.ContractId equals c.Id
                    join f in projects on c.ProjectId equals f.Project.Id
                    select new { b, c.ContractNo, f.Project.Id, f.Name };
        if (q.Status is { } status)
        {
            cases = cases.Where(x => x.b.Status == status);
        }
        if (q.Open == true)
        {
            cases = cases.Where(x => x.b.Status != BreachStatus.Closed);
        }
        if (!string.IsNullOrWhiteSpace(q.County))
        {
            var county = q.County.Trim();
            cases = cases.Where(x => x.b.CountyCode.StartsWith(county));
        }
        return cases.OrderBy(x => x.b.Status == BreachStatus.Closed ? 1 : 0).ThenByDescending(x => x.b.Id)
            .Select(x => new Row(x.b.Id, x.Id, x.Name, x.ContractNo, x.b.CountyCode, x.b.Status, x.b.Penalty, x.b.Shortfalls, x.b.CreatedAt));
    }
}
