using ChainChief.Web.Data;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Enterprises;

/// <summary>Any filtered list as an xlsx with the import template's columns, so it can be edited and re-imported.</summary>
public sealed class ExportEnterprises(IDbContextFactory<AppDbContext> dbs, ListEnterprises list, ReferenceData reference)
{
    public async Task<byte[]> HandleAsync(ListEnterprises.Query query, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var chainNames = await db.Chains.ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var rows = await list.Filtered(db, query, actor).AsNoTracking().Select(e => new
        {
            e.CreditCode, e.Name, e.CountyCode, e.Park, e.IndustryCode, e.Scale, e.Status, e.LandMu, e.Employees,
            e.FoundedOn, e.ContactName, e.ContactPhone, e.Address, Chains = e.Chains.Select(c => c.ChainId).ToList(),
        }).ToListAsync(ct);
        var sheet = rows.Select(r => EnterpriseSheet.ToRow(new(r.CreditCode, r.Name, r.CountyCode, r.Park, r.IndustryCode,
            r.Scale, r.Status, r.LandMu, r.Employees, r.FoundedOn, r.ContactName, r.ContactPhone, r.Address,
            string.Join("、", r.Chains.Select(id => chainNames[id]))), reference));
        return await ExcelWorkbook.WriteSheetAsync("企业名录", sheet, ct);
    }
}
