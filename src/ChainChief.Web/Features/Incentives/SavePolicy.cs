using ChainChief.Web.Data;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Incentives;

/// <summary>
/// Creates a policy (as a draft) or changes one; every save freezes a new revision, so awards already made keep the
/// revision they were computed with. A stale version is a 409; codes the rule names must exist and the region must be
/// the actor's.
/// </summary>
public sealed class SavePolicy(IDbContextFactory<AppDbContext> dbs, ReferenceData reference, TimeProvider clock)
{
    public async Task<int> HandleAsync(int? id, PolicyInput input, Actor actor, CancellationToken ct)
    {
        input.RegionCode = string.IsNullOrWhiteSpace(input.RegionCode) ? actor.RegionScope : input.RegionCode.Trim();
        var errors = PolicyCheck.Errors(input);
        if (reference.Region(input.RegionCode) is null || !actor.CanSeeRegion(input.RegionCode))
        {
            errors[nameof(input.RegionCode)] = [$"发文地区“{input.RegionCode}”不存在或不在您的管辖范围内"];
        }
        if (id is not null && input.Version is null)
        {
            errors[nameof(input.Version)] = ["修改政策须带上读取时的版本号（version），以免覆盖他人的修改"];
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        if (!errors.ContainsKey(nameof(input.Rule)) && !errors.ContainsKey(nameof(input.RegionCode)))
        {
            var names = await PolicyNames.LoadAsync(db, reference, input.RegionCode, ct);
            if (names.Unknown(input.Rule).ToList() is { Count: > 0 } unknown)
            {
                errors[nameof(input.Rule)] = [$"条件中有不存在的代码：{string.Join("、", unknown)}"];
            }
        }
        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }
        Policy policy;
        if (id is { } existing)
        {
            policy = await db.Policies.Where(p => p.RegionCode.StartsWith(actor.RegionScope)).SingleOrDefaultAsync(p => p.Id == existing, ct)
                ?? throw new BusinessRuleException("policy.missing", "政策不存在或不在您的管辖范围内");
            db.Entry(policy).Property(p => p.Version).OriginalValue = input.Version!.Value;
        }
        else
        {
            policy = db.Policies.Add(new Policy { Status = PolicyStatus.Draft }).Entity;
        }
        Apply(policy, input);
        var revision = policy.Snapshot(input.ChangeNote.TrimToNull()?.Truncate(500) ?? (id is null ? "制定" : null));
        (revision.CreatedAt, revision.CreatedBy) = (clock.GetUtcNow().UtcDateTime, actor.UserName);
        await db.SaveChangesAsync(ct);
        return policy.Id;
    }

    private static void Apply(Policy p, PolicyInput input)
    {
        p.RegionCode = input.RegionCode;
        p.Title = input.Title.Trim();
        p.Issuer = input.Issuer.Trim();
        p.DocumentNo = input.DocumentNo.Trim();
        (p.EffectiveFrom, p.EffectiveTo) = (input.EffectiveFrom!.Value, input.EffectiveTo);
        p.Summary = input.Summary.Trim();
        p.Mode = input.Mode;
        p.DecisionDays = input.Mode == PolicyMode.FastTrack ? input.DecisionDays : null;
        p.Contact = input.Contact.TrimToNull();
        p.Rule = PolicyJson.Write(input.Rule);
        p.Formula = PolicyJson.Write(input.Formula);
        p.Parameters = PolicyJson.Write(input.Parameters.Select(x => new PolicyParameter { Name = x.Name.Trim(), Values = [.. x.Values.OrderBy(v => v.From)] }));
    }
}
