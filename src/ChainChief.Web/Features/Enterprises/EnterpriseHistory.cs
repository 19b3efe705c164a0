using ChainChief.Web.Data;

namespace ChainChief.Web.Features.Enterprises;

/// <summary>A dated change of 规上/规下 (升规, 退库).</summary>
public sealed class EnterpriseScaleChange(EnterpriseScale? from, EnterpriseScale to, DateOnly effectiveOn, string? note, string changedBy) : IAudited
{
    public int Id { get; private set; }
    public int EnterpriseId { get; private set; }
    public EnterpriseScale? From { get; private set; } = from;
    public EnterpriseScale To { get; private set; } = to;
    public DateOnly EffectiveOn { get; private set; } = effectiveOn;
    public string? Note { get; private set; } = note;
    public string ChangedBy { get; private set; } = changedBy;

    string IAudited.AuditSubjectType => nameof(Enterprise);
    int IAudited.AuditSubjectId => EnterpriseId;
}

/// <summary>A dated change of operating status (在营 → 停产 …), the basis of 断点 detection on chain maps.</summary>
public sealed class EnterpriseStatusChange(OperatingStatus? from, OperatingStatus to, DateOnly effectiveOn, string? note, string changedBy) : IAudited
{
    public int Id { get; private set; }
    public int EnterpriseId { get; private set; }
    public OperatingStatus? From { get; private set; } = from;
    public OperatingStatus To { get; private set; } = to;
    public DateOnly EffectiveOn { get; private set; } = effectiveOn;
    public string? Note { get; private set; } = note;
    public string ChangedBy { get; private set; } = changedBy;

    string IAudited.AuditSubjectType => nameof(Enterprise);
    int IAudited.AuditSubjectId => EnterpriseId;
}

/// <summary>A title held from <see cref="GrantedOn"/> until <see cref="ExpiresOn"/> (open-ended when null).</summary>
public sealed class EnterpriseTag(EnterpriseTagKind kind, DateOnly grantedOn, DateOnly? expiresOn, string? note) : IAudited
{
    public int Id { get; private set; }
    public int EnterpriseId { get; private set; }
    public EnterpriseTagKind Kind { get; private set; } = kind;
    public DateOnly GrantedOn { get; private set; } = grantedOn;
    public DateOnly? ExpiresOn { get; private set; } = expiresOn;
    public string? Note { get; private set; } = note;

    public bool IsValidOn(DateOnly day) => GrantedOn <= day && (ExpiresOn is null || day <= ExpiresOn);

    public bool Overlaps(DateOnly from, DateOnly? to) =>
        (to is null || GrantedOn <= to) && (ExpiresOn is null || from <= ExpiresOn);

    string IAudited.AuditSubjectType => nameof(Enterprise);
    int IAudited.AuditSubjectId => EnterpriseId;
}
