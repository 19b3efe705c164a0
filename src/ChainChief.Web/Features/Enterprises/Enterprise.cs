using ChainChief.Web.Infrastructure;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Chains;
using ChainChief.Web.Infrastructure.Errors;

namespace ChainChief.Web.Features.Enterprises;

/// <summary>一企一档: the registry record of one firm. Scale and operating status change only with a dated history row.</summary>
public sealed class Enterprise : IAudited, IVersioned, IStamped
{
    private Enterprise()
    {
    }

    public int Id { get; private set; }
    public string CreditCode { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string CountyCode { get; private set; } = "";
    public string? Park { get; private set; }
    public string IndustryCode { get; private set; } = "";
    public EnterpriseScale Scale { get; private set; }
    public OperatingStatus Status { get; private set; }
    public decimal LandMu { get; private set; }
    public int Employees { get; private set; }
    public DateOnly? FoundedOn { get; private set; }
    public string? ContactName { get; private set; }
    public string? ContactPhone { get; private set; }
    public string? Address { get; private set; }
    public int Version { get; private set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    public List<EnterpriseTag> Tags { get; private set; } = [];
    public List<EnterpriseScaleChange> ScaleHistory { get; private set; } = [];
    public List<EnterpriseStatusChange> StatusHistory { get; private set; } = [];
    public List<EnterpriseChain> Chains { get; private set; } = [];

    string IAudited.AuditSubjectType => nameof(Enterprise);
    int IAudited.AuditSubjectId => Id;

    public static Enterprise Create(string creditCode, EnterpriseProfile profile, EnterpriseScale scale,
        OperatingStatus status, DateOnly since, string by)
    {
        var e = new Enterprise { CreditCode = creditCode, Scale = scale, Status = status };
        e.Update(profile);
        e.ScaleHistory.Add(new EnterpriseScaleChange(null, scale, since, "建档", by));
        e.StatusHistory.Add(new EnterpriseStatusChange(null, status, since, "建档", by));
        return e;
    }

    /// <summary>Profile fields that officers edit freely; validation of codes happens before this.</summary>
    public void Update(EnterpriseProfile p)
    {
        Name = p.Name.Trim();
        CountyCode = p.CountyCode;
        Park = p.Park.TrimToNull();
        IndustryCode = p.IndustryCode;
        LandMu = p.LandMu;
        Employees = p.Employees;
        FoundedOn = p.FoundedOn;
        ContactName = p.ContactName.TrimToNull();
        ContactPhone = p.ContactPhone.TrimToNull();
        Address = p.Address.TrimToNull();
    }

    public void CorrectCreditCode(string creditCode) => CreditCode = creditCode;

    public bool ChangeScale(EnterpriseScale scale, DateOnly effectiveOn, string? note, string by)
    {
        if (scale == Scale)
        {
            return false;
        }
        ScaleHistory.Add(new EnterpriseScaleChange(Scale, scale, effectiveOn, note, by));
        Scale = scale;
        return true;
    }

    public bool ChangeStatus(OperatingStatus status, DateOnly effectiveOn, string? note, string by)
    {
        if (status == Status)
        {
            return false;
        }
        if (Status == OperatingStatus.Deregistered)
        {
            throw new BusinessRuleException("enterprise.deregistered", "企业已注销，不能再变更经营状态");
        }
        StatusHistory.Add(new EnterpriseStatusChange(Status, status, effectiveOn, note, by));
        Status = status;
        return true;
    }

    public EnterpriseTag AddTag(EnterpriseTagKind kind, DateOnly grantedOn, DateOnly? expiresOn, string? note)
    {
        if (expiresOn is { } end && end < grantedOn)
        {
            throw new BusinessRuleException("tag.dates", "标签有效期的结束日期不能早于认定日期");
        }
        if (Tags.Any(t => t.Kind == kind && t.Overlaps(grantedOn, expiresOn)))
        {
            throw new BusinessRuleException("tag.duplicate", $"该企业在此期间已有“{EnterpriseLabels.Of(kind)}”标签");
        }
        var tag = new EnterpriseTag(kind, grantedOn, expiresOn, note.TrimToNull());
        Tags.Add(tag);
        return tag;
    }

    public void SetChains(IEnumerable<int> chainIds)
    {
        var wanted = chainIds.Distinct().ToHashSet();
        Chains.RemoveAll(c => !wanted.Contains(c.ChainId));
        foreach (var id in wanted.Where(id => Chains.All(c => c.ChainId != id)))
        {
            Chains.Add(new EnterpriseChain { ChainId = id });
        }
    }

}

/// <summary>The freely edited part of an enterprise record.</summary>
public sealed record EnterpriseProfile(
    string Name, string CountyCode, string? Park, string IndustryCode, decimal LandMu, int Employees,
    DateOnly? FoundedOn, string? ContactName, string? ContactPhone, string? Address);
