using ChainChief.Web.Data;
using ChainChief.Web.Features.Projects;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Contracts;

/// <summary>Enters or edits a project's 标准地 contract (one per project, after signing). A stale version is a 409.</summary>
public sealed class SaveContract(IDbContextFactory<AppDbContext> dbs)
{
    /// <summary>False when the project is not there or not the actor's to see.</summary>
    public async Task<bool> HandleAsync(int projectId, ContractInput input, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var project = await db.Projects.VisibleTo(actor).Where(p => p.Id == projectId).Select(p => new { p.CountyCode, p.SignedOn }).SingleOrDefaultAsync(ct);
        if (project is null)
        {
            return false;
        }
        if (!ProjectAccess.CanWrite(actor, project.CountyCode))
        {
            throw new AccessDeniedException("只有本辖区的链长办、县区和部门的干部可以登记标准地合同");
        }
        if (project.SignedOn is null)
        {
            throw new BusinessRuleException("contract.unsigned", "项目签约后才能登记标准地合同");
        }
        Check(input);
        var contract = await db.LandContracts.SingleOrDefaultAsync(c => c.ProjectId == projectId, ct);
        if (contract is null)
        {
            contract = new LandContract { ProjectId = projectId };
            db.LandContracts.Add(contract);
        }
        else
        {
            db.Entry(contract).Property(c => c.Version).OriginalValue = input.Version;
            db.Entry(contract).Property(c => c.Version).IsModified = true;
        }
        contract.ContractNo = input.ContractNo.Trim();
        contract.SignedOn = input.SignedOn!.Value;
        contract.LandAreaMu = input.LandAreaMu;
        (contract.InvestmentIntensity, contract.FloorAreaRatio, contract.TaxPerMu, contract.OutputPerMu) = (input.InvestmentIntensity, input.FloorAreaRatio, input.TaxPerMu, input.OutputPerMu);
        (contract.EnergyPerOutput, contract.EmissionsPerOutput, contract.RdIntensity) = (input.EnergyPerOutput, input.EmissionsPerOutput, input.RdIntensity);
        (contract.StartBy, contract.CompleteBy, contract.FullProductionBy) = (input.StartBy!.Value, input.CompleteBy!.Value, input.FullProductionBy!.Value);
        (contract.Tolerance, contract.InvestmentPenaltyRate, contract.TaxPenaltyRate, contract.PenaltyCap) = (input.Tolerance, input.InvestmentPenaltyRate, input.TaxPenaltyRate, input.PenaltyCap);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static void Check(ContractInput input)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors.TryAdd(field, [message]);
        if (string.IsNullOrWhiteSpace(input.ContractNo))
        {
            Add(nameof(input.ContractNo), "请填写合同编号");
        }
        if (input.SignedOn is null)
        {
            Add(nameof(input.SignedOn), "请填写合同签订日期");
        }
        if (input.LandAreaMu <= 0)
        {
            Add(nameof(input.LandAreaMu), "出让面积应大于0亩");
        }
        foreach (var (field, value) in new[] { (nameof(input.InvestmentIntensity), input.InvestmentIntensity), (nameof(input.FloorAreaRatio), input.FloorAreaRatio),
            (nameof(input.TaxPerMu), input.TaxPerMu), (nameof(input.OutputPerMu), input.OutputPerMu) })
        {
            if (value <= 0)
            {
                Add(field, "约定指标应大于0");
            }
        }
        if (input.StartBy is null || input.CompleteBy is null || input.FullProductionBy is null)
        {
            Add(nameof(input.StartBy), "请填写约定的开工、竣工和达产日期");
        }
        else if (input.StartBy > input.CompleteBy || input.CompleteBy > input.FullProductionBy)
        {
            Add(nameof(input.CompleteBy), "约定日期应依次为开工、竣工、达产");
        }
        if (input.Tolerance is < 0 or > 0.5m)
        {
            Add(nameof(input.Tolerance), "容差应在0到50%之间（填0.05表示5%）");
        }
        if (input.InvestmentPenaltyRate < 0 || input.TaxPenaltyRate < 0)
        {
            Add(nameof(input.TaxPenaltyRate), "违约金比例不能为负数");
        }
        if (input.PenaltyCap is <= 0)
        {
            Add(nameof(input.PenaltyCap), "违约金上限应大于0，不设上限请留空");
        }
        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }
    }
}
