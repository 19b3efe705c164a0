using ChainChief.Web.Data;
using ChainChief.Web.Features.Chains;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Projects;

/// <summary>Checks a project's input (every problem at once, by field) and copies it onto the entity.</summary>
public sealed class ProjectRules(ReferenceData reference)
{
    public async Task CheckAsync(AppDbContext db, ProjectInput input, int? projectId, Actor actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors.TryAdd(field, [message]);
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            Add(nameof(input.Name), "请填写项目名称");
        }
        if (string.IsNullOrWhiteSpace(input.InvestorName))
        {
            Add(nameof(input.InvestorName), "请填写投资方");
        }
        if (input.IsConfidential && string.IsNullOrWhiteSpace(input.CodeName))
        {
            Add(nameof(input.CodeName), "保密项目须有项目代号，未列名的人员只看到代号");
        }
        else if (input.IsConfidential && await db.Projects.AnyAsync(p => p.Id != projectId && p.CodeName == input.CodeName!.Trim(), ct))
        {
            Add(nameof(input.CodeName), "该项目代号已被使用");
        }
        var chain = input.ChainId is { } chainId ? await db.Chains.VisibleTo(actor).Where(c => c.Id == chainId).Select(c => (int?)c.Id).SingleOrDefaultAsync(ct) : null;
        if (chain is null)
        {
            Add(nameof(input.ChainId), input.ChainId is null ? "请选择所属产业链" : "产业链不存在或不在您的范围内");
        }
        else if (input.NodeId is { } node && !await db.ChainNodes.AnyAsync(n => n.Id == node && n.ChainId == chain, ct))
        {
            Add(nameof(input.NodeId), "所选环节不属于该产业链");
        }
        if (reference.Region(input.CountyCode.Trim()) is not { Level: RegionLevel.County })
        {
            Add(nameof(input.CountyCode), "请选择项目落地的县区");
        }
        else if (!ProjectAccess.CanWrite(actor, input.CountyCode.Trim()))
        {
            Add(nameof(input.CountyCode), "只能登记本辖区落地的项目");
        }
        if (input.TotalInvestment < 0 || input.TotalInvestment > 100_000_000m)
        {
            Add(nameof(input.TotalInvestment), "总投资应为0到1亿万元");
        }
        if (input.FixedAssetInvestment < 0 || input.FixedAssetInvestment > input.TotalInvestment)
        {
            Add(nameof(input.FixedAssetInvestment), "固定资产投资应在0和总投资之间");
        }
        if (input.LandAreaMu is { } mu && (mu <= 0 || mu > 100_000m))
        {
            Add(nameof(input.LandAreaMu), "用地面积应大于0亩且不超过10万亩");
        }
        if (input.EnterpriseId is { } firm && !await db.Enterprises.VisibleTo(actor).AnyAsync(e => e.Id == firm, ct))
        {
            Add(nameof(input.EnterpriseId), "本地企业不存在或不在您的范围内");
        }
        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }
    }

    public static void Fill(Project p, ProjectInput input)
    {
        p.Name = input.Name.Trim();
        p.InvestorName = input.InvestorName.Trim();
        p.EnterpriseId = input.EnterpriseId;
        p.IsConfidential = input.IsConfidential;
        p.CodeName = input.IsConfidential ? input.CodeName!.Trim() : input.CodeName.TrimToNull();
        p.ChainId = input.ChainId!.Value;
        p.NodeId = input.NodeId;
        p.Action = input.Action;
        p.CountyCode = input.CountyCode.Trim();
        p.HostPark = input.HostPark.TrimToNull();
        p.LandParcel = input.LandParcel.TrimToNull();
        p.LandAreaMu = input.LandAreaMu;
        p.TotalInvestment = input.TotalInvestment;
        p.FixedAssetInvestment = input.FixedAssetInvestment;
        p.ResponsibleLeader = input.ResponsibleLeader.TrimToNull();
        p.Notes = input.Notes.TrimToNull();
    }

}
