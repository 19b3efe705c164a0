using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Enterprises;

/// <summary>一企一档 detail: profile, chains, titles, scale and status history. Null when not visible to the actor.</summary>
public sealed class GetEnterprise(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Detail(int Id, string CreditCode, string Name, string CountyCode, string? Park, string IndustryCode,
        EnterpriseScale Scale, OperatingStatus Status, decimal LandMu, int Employees, DateOnly? FoundedOn,
        string? ContactName, string? ContactPhone, string? Address, int Version, DateTime CreatedAt, string CreatedBy,
        DateTime UpdatedAt, string UpdatedBy, IReadOnlyList<ChainRef> Chains, IReadOnlyList<TagRow> Tags,
        IReadOnlyList<ScaleRow> ScaleHistory, IReadOnlyList<StatusRow> StatusHistory)
    {
        public EnterpriseInput ToInput() => new()
        {
            CreditCode = CreditCode, Name = Name, CountyCode = CountyCode, Park = Park, IndustryCode = IndustryCode,
            Scale = Scale, Status = Status, LandMu = LandMu, Employees = Employees, FoundedOn = FoundedOn,
            ContactName = ContactName, ContactPhone = ContactPhone, Address = Address,
            ChainIds = [.. Chains.Select(c => c.Id)], Version = Version,
        };
    }

    public sealed record ChainRef(int Id, string Name);
    public sealed record TagRow(int Id, EnterpriseTagKind Kind, DateOnly GrantedOn, DateOnly? ExpiresOn, string? Note);
    public sealed record ScaleRow(EnterpriseScale? From, EnterpriseScale To, DateOnly EffectiveOn, string? Note, string ChangedBy);
    public sealed record StatusRow(OperatingStatus? From, OperatingStatus To, DateOnly EffectiveOn, string? Note, string ChangedBy);

    public async Task<Detail?> HandleAsync(int id, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var e = await db.Enterprises.AsNoTracking().VisibleTo(actor)
            .Include(x => x.Tags).Include(x => x.ScaleHistory).Include(x => x.StatusHistory).Include(x => x.Chains)
            .AsSplitQuery().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return null;
        }
        var chainIds = e.Chains.Select(c => c.ChainId).ToList();
        var chains = await db.Chains.Where(c => chainIds.Contains(c.Id)).OrderBy(c => c.SortOrder)
            .Select(c => new ChainRef(c.Id, c.Name)).ToListAsync(ct);
        return new Detail(e.Id, e.CreditCode, e.Name, e.CountyCode, e.Park, e.IndustryCode, e.Scale, e.Status, e.LandMu,
            e.Employees, e.FoundedOn, e.ContactName, e.ContactPhone, e.Address, e.Version, e.CreatedAt, e.CreatedBy,
            e.UpdatedAt, e.UpdatedBy, chains,
            [.. e.Tags.OrderByDescending(t => t.GrantedOn).Select(t => new TagRow(t.Id, t.Kind, t.GrantedOn, t.ExpiresOn, t.Note))],
            [.. e.ScaleHistory.OrderByDescending(h => h.EffectiveOn).ThenByDescending(h => h.Id).Select(h => new ScaleRow(h.From, h.To, h.EffectiveOn, h.Note, h.ChangedBy))],
            [.. e.StatusHistory.OrderByDescending(h => h.EffectiveOn).ThenByDescending(h => h.Id).Select(h => new StatusRow(h.From, h.To, h.EffectiveOn, h.Note, h.ChangedBy))]);
    }
}
