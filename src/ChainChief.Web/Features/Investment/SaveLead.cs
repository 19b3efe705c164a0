using ChainChief.Web.Data;
using ChainChief.Web.Features.Alerts;
using ChainChief.Web.Features.Chains;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Investment;

/// <summary>
/// Opens a lead (at 搜集, or straight from a target firm) and edits its details. The stage moves only through
/// <see cref="ActOnLead"/>. Saving counts as activity and clears an escalation. A stale version is a 409.
/// </summary>
public sealed class SaveLead(IDbContextFactory<AppDbContext> dbs, ReferenceData reference, TimeProvider clock)
{
    public async Task<int> CreateAsync(LeadInput input, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var lead = new Lead { Stage = LeadStage.Collected };
        await ApplyAsync(db, lead, input, actor, ct);
        lead.Events.Add(new LeadEvent { At = lead.LastActivityAt, ActorId = actor.UserId, ActorName = actor.UserName, Kind = LeadEventKind.Created, ToStage = lead.Stage });
        db.Leads.Add(lead);
        await db.SaveChangesAsync(ct);
        return lead.Id;
    }

    public async Task<bool> UpdateAsync(int id, LeadInput input, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var lead = await InvestmentAccess.OpenLeadForWriteAsync(db, id, input.Version, actor, ct);
        if (lead is null)
        {
            return false;
        }
        await ApplyAsync(db, lead, input, actor, ct);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task ApplyAsync(AppDbContext db, Lead lead, LeadInput input, Actor actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors.TryAdd(field, [message]);
        var target = input.TargetFirmId is { } t ? await db.TargetFirms.VisibleTo(actor).SingleOrDefaultAsync(x => x.Id == t, ct) : null;
        if (input.TargetFirmId is not null && target is null)
        {
            Add(nameof(input.TargetFirmId), "目标企业不存在或不在您的范围内");
        }
        var firmName = input.FirmName.TrimToNull() ?? target?.Name;
        if (firmName is null)
        {
            Add(nameof(input.FirmName), "请填写招商对象企业");
        }
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            Add(nameof(input.Title), "请填写线索标题");
        }
        var chainId = input.ChainId ?? target?.ChainId;
        if (chainId is null || !await db.Chains.VisibleTo(actor).AnyAsync(c => c.Id == chainId, ct))
        {
            Add(nameof(input.ChainId), chainId is null ? "请选择产业链" : "产业链不存在或不在您的范围内");
        }
        else if (input.NodeId is { } node && !await db.ChainNodes.AnyAsync(n => n.Id == node && n.ChainId == chainId, ct))
        {
            Add(nameof(input.NodeId), "所选环节不属于该产业链");
        }
        var region = input.RegionCode.TrimToNull() ?? actor.RegionScope;
        if (reference.Region(region) is not { Level: RegionLevel.City or RegionLevel.County })
        {
            Add(nameof(input.RegionCode), "请选择拟落地的市或县区");
        }
        else if (!actor.CanSeeRegion(region))
        {
            Add(nameof(input.RegionCode), "只能登记本辖区的招商线索");
        }
        if (string.IsNullOrWhiteSpace(input.ResponsibleLeader))
        {
            Add(nameof(input.ResponsibleLeader), "请填写责任领导");
        }
        if (input.EstimatedInvestment is < 0)
        {
            Add(nameof(input.EstimatedInvestment), "意向投资额不能为负数");
        }
        var ownerId = input.OwnerId is { Length: > 0 } o ? o : actor.UserId;
        var owner = errors.ContainsKey(nameof(input.RegionCode)) ? null : (await AlertAccess.OfficialsForAsync(db, region, ct)).SingleOrDefault(x => x.Id == ownerId);
        if (owner is null && !errors.ContainsKey(nameof(input.RegionCode)))
        {
            Add(nameof(input.OwnerId), "负责人须是能看到该地区的干部");
        }
        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }
        InvestmentAccess.EnsureCanWrite(actor, region);
        lead.Title = input.Title.Trim();
        lead.TargetFirmId = target?.Id;
        lead.FirmName = firmName!;
        lead.ChainId = chainId!.Value;
        lead.NodeId = input.NodeId;
        lead.RegionCode = region;
        lead.ResponsibleLeader = input.ResponsibleLeader.Trim();
        (lead.OwnerId, lead.OwnerName) = (owner!.Id, owner.Name);
        lead.EstimatedInvestment = input.EstimatedInvestment;
        lead.Source = input.Source.TrimToNull() ?? target?.Source;
        lead.NextStep = input.NextStep.TrimToNull();
        lead.NextStepOn = input.NextStepOn;
        lead.LastActivityAt = clock.GetUtcNow().UtcDateTime;
        lead.Escalation = LeadEscalation.None;
    }
}
