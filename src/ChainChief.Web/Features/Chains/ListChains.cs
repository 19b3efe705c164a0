using ChainChief.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Chains;

/// <summary>The city's chains in their display order, with the number of member firms.</summary>
public sealed class ListChains(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Row(int Id, string Name, int Firms);

    public async Task<IReadOnlyList<Row>> HandleAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Chains.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new Row(c.Id, c.Name, db.EnterpriseChains.Count(m => m.ChainId == c.Id)))
            .ToListAsync(ct);
    }
}
