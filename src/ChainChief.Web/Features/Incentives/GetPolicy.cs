using ChainChief.Web.Data;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Incentives;

/// <summary>One policy for officials: what it says (as the form edits it), its revisions, a readable rule, and this year's figures.</summary>
public sealed class GetPolicy(IDbContextFactory<AppDbContext> dbs, ReferenceData reference, TimeProvider clock)
{
    public sealed record RevisionRow(int Id, int Number, string Title, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string? Note, DateTime CreatedAt, string CreatedBy);

    public sealed record Detail(int Id, PolicyStatus Status, int Revision, int Version, bool InForce, PolicyInput Definition, IReadOnlyList<string> RuleText,
        string FormulaText, IReadOnlyList<RevisionRow> Revisions, int Year, EnjoymentRate.Figures? Figures, bool CanManage);

    public async Task<Detail?> HandleAsync(int id, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var policy = await db.Policies.AsNoTracking().VisibleTo(actor).Include(p => p.Revisions).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (policy is null || actor.IsEnterpriseUser)
        {
            return null;
        }
        var names = await PolicyNames.LoadAsync(db, reference, policy.RegionCode, ct);
        var definition = ToInput(policy);
        var year = PolicyScope.FactYear(clock.Today());
        var (_, figures) = await EnjoymentRate.ComputeAsync(db, year, [id], actor, ct);
        return new Detail(policy.Id, policy.Status, policy.Revision, policy.Version, policy.InForce(clock.Today()), definition,
            RuleText.Lines(definition.Rule, definition.Parameters, names), RuleText.Formula(definition.Formula, names),
            [.. policy.Revisions.OrderByDescending(r => r.Number).Select(r => new RevisionRow(r.Id, r.Number, r.Title, r.EffectiveFrom, r.EffectiveTo, r.Note, r.CreatedAt, r.CreatedBy))],
            year, figures.Count > 0 ? figures[0].Figures : null, PolicyScope.CanManage(actor) && policy.RegionCode.StartsWith(actor.RegionScope, StringComparison.Ordinal));
    }

    /// <summary>The policy as the form and the JSON export hold it.</summary>
    public static PolicyInput ToInput(Policy p) => new()
    {
        Title = p.Title, Issuer = p.Issuer, DocumentNo = p.DocumentNo, RegionCode = p.RegionCode, EffectiveFrom = p.EffectiveFrom, EffectiveTo = p.EffectiveTo,
        Summary = p.Summary, Mode = p.Mode, DecisionDays = p.DecisionDays, Contact = p.Contact, Rule = PolicyJson.Rule(p.Rule),
        Formula = PolicyJson.Formula(p.Formula), Parameters = PolicyJson.Parameters(p.Parameters), Version = p.Version,
    };
}
