using ChainChief.Web.Data;

namespace ChainChief.Web.Features.Chains;

public enum ChainMemberRole
{
    /// <summary>链长</summary>
    Chief,
    /// <summary>总链长</summary>
    GeneralChief,
    /// <summary>副链长 / 分链长</summary>
    DeputyChief,
    /// <summary>工作专班成员</summary>
    TaskForce,
}

public enum ChainPartyKind
{
    /// <summary>承载园区</summary>
    HostPark,
    /// <summary>链主企业 (a registry firm)</summary>
    ChainOwner,
    /// <summary>链创: lab, institute or platform serving the chain</summary>
    InnovationBody,
    /// <summary>产业联盟成员</summary>
    AllianceMember,
}

/// <summary>A person in the chain's organisation: a chief or a task-force member.</summary>
public sealed class ChainMember : IAudited
{
    public int Id { get; set; }
    public int ChainId { get; set; }
    public ChainMemberRole Role { get; set; }
    public string Name { get; set; } = "";
    /// <summary>职务, e.g. 副市长.</summary>
    public string? Position { get; set; }
    public int SortOrder { get; set; }

    string IAudited.AuditSubjectType => nameof(Chain);
    int IAudited.AuditSubjectId => ChainId;
}

/// <summary>A responsible department (责任部门) of a chain.</summary>
public sealed class ChainDepartment : IAudited
{
    public int ChainId { get; set; }
    public int DepartmentId { get; set; }

    string IAudited.AuditSubjectType => nameof(Chain);
    int IAudited.AuditSubjectId => ChainId;
}

/// <summary>A park, chain-owner firm, innovation body or alliance member of a chain; firms link to the registry.</summary>
public sealed class ChainParty : IAudited
{
    public int Id { get; set; }
    public int ChainId { get; set; }
    public ChainPartyKind Kind { get; set; }
    public string Name { get; set; } = "";
    public int? EnterpriseId { get; set; }
    public int SortOrder { get; set; }

    string IAudited.AuditSubjectType => nameof(Chain);
    int IAudited.AuditSubjectId => ChainId;
}
