using ChainChief.Web.Data;
using ChainChief.Web.Features.Chains;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Investment;

/// <summary>Checks a target firm's input and fills the entity; shared by the form, the API and the Excel import.</summary>
public sealed class TargetRules(ReferenceData reference)
{
    /// <summary>Every problem with the input, by field (empty when it is good). <paramref name="chainNodes"/> are the chain's node ids.</summary>
    public Dictionary<string, string[]> Check(TargetFirmInput input, string? chainRegion, IReadOnlySet<int> chainNodes, Actor actor)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [message];
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            Add(nameof(input.Name), "请填写企业名称");
        }
        else if (input.Name.Trim().Length > 200)
        {
            Add(nameof(input.Name), "企业名称不超过200个字");
        }
        if (reference.Region(input.HqRegionCode.Trim()) is null)
        {
            Add(nameof(input.HqRegionCode), string.IsNullOrWhiteSpace(input.HqRegionCode) ? "请选择总部所在地" : $"总部所在地“{input.HqRegionCode}”不是有效的行政区划代码");
        }
        if (reference.Industry(input.IndustryCode.Trim()) is null)
        {
            Add(nameof(input.IndustryCode), string.IsNullOrWhiteSpace(input.IndustryCode) ? "请填写国民经济行业代码" : $"行业代码“{input.IndustryCode}”不在GB/T 4754-2017中");
        }
        if (input.ChainId is not null && chainRegion is null)
        {
            Add(nameof(input.ChainId), "产业链不存在或不在您的范围内");
        }
        if (input.NodeIds.Count > 0 && input.ChainId is null)
        {
            Add(nameof(input.NodeIds), "选择拟补环节前请先选择产业链");
        }
        else if (input.NodeIds.FirstOrDefault(n => !chainNodes.Contains(n)) is var bad && bad != 0 && chainRegion is not null)
        {
            Add(nameof(input.NodeIds), $"环节 {bad} 不属于所选产业链");
        }
        var region = RegionOf(input, chainRegion, actor);
        if (region.Length == 0)
        {
            Add(nameof(input.RegionCode), "请选择该企业所属的招商地区");
        }
        else if (!actor.CanSeeRegion(region))
        {
            Add(nameof(input.RegionCode), "只能在本辖区的目标企业库中维护");
        }
        else if (reference.Region(region) is null)
        {
            Add(nameof(input.RegionCode), $"“{region}”不是有效的行政区划代码");
        }
        return errors;
    }

    /// <summary>The keeping government: as given, else the chain's (when the actor may write there), else the actor's own region.</summary>
    public static string RegionOf(TargetFirmInput input, string? chainRegion, Actor actor) =>
        input.RegionCode.TrimToNull() is { } r ? r
        : chainRegion is not null && actor.CanSeeRegion(chainRegion) ? chainRegion
        : actor.RegionScope;

    public static void Fill(TargetFirm target, TargetFirmInput input, string region)
    {
        target.Name = input.Name.Trim();
        target.HqRegionCode = input.HqRegionCode.Trim();
        target.IndustryCode = input.IndustryCode.Trim();
        target.Tier = input.Tier;
        target.Priority = input.Priority;
        target.Source = input.Source.TrimToNull();
        target.ChainId = input.ChainId;
        target.RegionCode = region;
        target.Contact = input.Contact.TrimToNull();
        target.Notes = input.Notes.TrimToNull();
    }

    /// <summary>The chain's region and node ids when the actor sees the chain; (null, empty) otherwise.</summary>
    public static async Task<(string? Region, IReadOnlySet<int> Nodes)> ChainAsync(AppDbContext db, int? chainId, Actor actor, CancellationToken ct)
    {
        if (chainId is not { } id)
        {
            return (null, new HashSet<int>());
        }
        var region = await db.Chains.VisibleTo(actor).Where(c => c.Id == id).Select(c => c.RegionCode).SingleOrDefaultAsync(ct);
        return region is null ? (null, new HashSet<int>()) : (region, (await db.ChainNodes.Where(n => n.ChainId == id).Select(n => n.Id).ToListAsync(ct)).ToHashSet());
    }

    private Dictionary<string, string?>? places;

    /// <summary>
    /// The division code a sheet cell names: a code, or a name as exported (广东省深圳市), or a city or county name alone
    /// when only one division in China has it. Null when nothing or more than one matches.
    /// </summary>
    public string? ResolvePlace(string text)
    {
        text = text.Trim();
        if (reference.Region(text) is not null)
        {
            return text;
        }
        places ??= BuildPlaces();
        return places.GetValueOrDefault(text);
    }

    private Dictionary<string, string?> BuildPlaces()
    {
        var map = new Dictionary<string, string?>();
        foreach (var region in reference.Regions)
        {
            foreach (var name in new[] { PlaceName(region.Code), region.Name }.Distinct())
            {
                // A name shared by two divisions (a short county name) resolves to neither.
                map[name] = map.TryGetValue(name, out var seen) && seen != region.Code ? null : region.Code;
            }
        }
        return map;
    }

    /// <summary>Full name of a division for display: 广东省深圳市南山区.</summary>
    public string PlaceName(string code)
    {
        var names = new List<string>();
        for (var r = reference.Region(code); r is not null; r = r.ParentCode is { } p ? reference.Region(p) : null)
        {
            if (r.Name != "市辖区" && r.Name != "县")
            {
                names.Insert(0, r.Name);
            }
        }
        return names.Count > 0 ? string.Concat(names) : code;
    }

}
