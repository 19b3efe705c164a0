using System.ComponentModel.DataAnnotations;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Targets;

public sealed class TargetInput
{
    [Required(ErrorMessage = "请填写目标名称"), StringLength(200, ErrorMessage = "名称不超过200个字")]
    public string Name { get; set; } = "";
    public TargetScope Scope { get; set; }
    /// <summary>The city or county; for a chain target, the chain's region.</summary>
    public string RegionCode { get; set; } = "";
    public int? ChainId { get; set; }
    public Metric Metric { get; set; }
    public TargetKind Kind { get; set; }
    [Range(2000, 2100, ErrorMessage = "起始年份应在2000至2100之间")]
    public int StartYear { get; set; }
    [Range(2000, 2100, ErrorMessage = "截止年份应在2000至2100之间")]
    public int EndYear { get; set; }
    /// <summary>Growth: percent (8 = 8%). Value: the end year's value in the metric's unit.</summary>
    public decimal TargetValue { get; set; }
    public decimal? BaseValue { get; set; }
    [StringLength(200)]
    public string? Source { get; set; }
    /// <summary>The version read, when editing; a stale one is a 409.</summary>
    public int? Version { get; set; }
}

/// <summary>Create, change and delete targets (链长办 and admin, within their region).</summary>
public sealed class ManageTargets(IDbContextFactory<AppDbContext> dbs, ReferenceData reference)
{
    public async Task<int> SaveAsync(int? id, TargetInput input, Actor actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        void Error(string field, string message) => errors[field] = [message];
        if (!Amounts.Summing.Contains(input.Metric))
        {
            Error(nameof(input.Metric), "从业人员是月末人数，不按月累计，不能设累计目标");
        }
        if (input.EndYear < input.StartYear)
        {
            Error(nameof(input.EndYear), "截止年份不能早于起始年份");
        }
        if (input.Kind == TargetKind.Growth && (input.TargetValue is < -50 or > 200 || input.StartYear != input.EndYear))
        {
            Error(nameof(input.TargetValue), "增速目标按年设定，增速应在 -50% 至 200% 之间");
        }
        if (input.Kind == TargetKind.Value && input.TargetValue <= 0)
        {
            Error(nameof(input.TargetValue), "目标值应大于0");
        }
        if (id is not null && input.Version is null)
        {
            Error(nameof(input.Version), "修改目标须带上读取时的版本号（version），以免覆盖他人的修改");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        if (input.Scope == TargetScope.Chain)
        {
            // A chain's target belongs to the chain's region.
            var chainRegion = input.ChainId is { } chainId
                ? await db.Chains.Where(c => c.Id == chainId && c.RegionCode.StartsWith(actor.RegionScope)).Select(c => c.RegionCode).SingleOrDefaultAsync(ct)
                : null;
            if (chainRegion is null)
            {
                Error(nameof(input.ChainId), "请选择您管辖范围内存在的产业链");
            }
            input.RegionCode = chainRegion ?? input.RegionCode;
        }
        else if (reference.Region(input.RegionCode) is not { } region || !actor.CanSeeRegion(input.RegionCode))
        {
            Error(nameof(input.RegionCode), $"行政区划“{input.RegionCode}”不存在或不在您的管辖范围内");
        }
        else if ((input.Scope == TargetScope.County) != (region.Level == RegionLevel.County))
        {
            Error(nameof(input.RegionCode), input.Scope == TargetScope.County ? "县区目标请选择一个县区" : "市级目标请选择市");
        }
        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }
        var target = id is { } existing
            ? await TargetProgressReader.Visible(db.Targets, actor).SingleOrDefaultAsync(t => t.Id == existing, ct)
                ?? throw new BusinessRuleException("target.missing", "目标不存在或已被删除")
            : db.Targets.Add(new Target()).Entity;
        if (id is not null && input.Version is { } version)
        {
            db.Entry(target).Property(t => t.Version).OriginalValue = version;
        }
        target.Name = input.Name.Trim();
        target.Scope = input.Scope;
        target.RegionCode = input.RegionCode;
        target.ChainId = input.Scope == TargetScope.Chain ? input.ChainId : null;
        target.Metric = input.Metric;
        target.Kind = input.Kind;
        (target.StartYear, target.EndYear) = (input.StartYear, input.EndYear);
        target.TargetValue = input.Kind == TargetKind.Growth ? input.TargetValue / 100 : input.TargetValue;
        target.BaseValue = input.Kind == TargetKind.Value ? input.BaseValue : null;
        target.Source = input.Source?.Trim();
        await db.SaveChangesAsync(ct);
        return target.Id;
    }

    public async Task<bool> DeleteAsync(int id, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        if (await TargetProgressReader.Visible(db.Targets, actor).SingleOrDefaultAsync(t => t.Id == id, ct) is not { } target)
        {
            return false;
        }
        db.Targets.Remove(target);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
