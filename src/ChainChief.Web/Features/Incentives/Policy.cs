using ChainChief.Web.Data;

namespace ChainChief.Web.Features.Incentives;

/// <summary>How a firm gets the benefit (DOMAIN §8).</summary>
public enum PolicyMode
{
    /// <summary>免申即享: eligible firms are paid in award batches without applying.</summary>
    Automatic,
    /// <summary>快申快享: the eligible firm is told and applies in its portal; officials decide within the policy's working days.</summary>
    FastTrack,
}

/// <summary>A policy is matched only while in force and <see cref="Active"/>.</summary>
public enum PolicyStatus
{
    /// <summary>Being written: not matched, not shown to firms.</summary>
    Draft,
    Active,
    /// <summary>Stopped (replaced or repealed): no new matches; past awards stay.</summary>
    Withdrawn,
}

/// <summary>
/// A policy (政策) in the library: who issued it, when it is in force, who qualifies (<see cref="Rule"/>, a
/// <see cref="PolicyRule"/> tree as JSON, with dated <see cref="Parameters"/>) and what they get (<see cref="Formula"/>).
/// Every saved change makes a new <see cref="PolicyRevision"/>; matches and awards point at the revision they used,
/// so editing a policy never changes an award already made.
/// </summary>
public sealed class Policy : IAudited, IVersioned, IStamped
{
    public int Id { get; set; }
    /// <summary>The issuing government's division code: only firms under it are matched (6109 = 安康市).</summary>
    public string RegionCode { get; set; } = "";
    public string Title { get; set; } = "";
    /// <summary>发文单位.</summary>
    public string Issuer { get; set; } = "";
    /// <summary>文号, e.g. 安政发〔2025〕12号.</summary>
    public string DocumentNo { get; set; } = "";
    public DateOnly EffectiveFrom { get; set; }
    /// <summary>Last day in force; null = until withdrawn.</summary>
    public DateOnly? EffectiveTo { get; set; }
    public string Summary { get; set; } = "";
    public PolicyMode Mode { get; set; }
    /// <summary>快申快享: working days officials have to decide an application.</summary>
    public int? DecisionDays { get; set; }
    /// <summary>Who firms call (科室、电话).</summary>
    public string? Contact { get; set; }
    public PolicyStatus Status { get; set; }
    /// <summary>The audience, a <see cref="PolicyRule"/> as JSON.</summary>
    public string Rule { get; set; } = "";
    /// <summary>The benefit, a <see cref="BenefitFormula"/> as JSON.</summary>
    public string Formula { get; set; } = "";
    /// <summary>Dated parameters the rule may name, a list of <see cref="PolicyParameter"/> as JSON.</summary>
    public string Parameters { get; set; } = "[]";
    /// <summary>The number of the latest revision (第 N 版).</summary>
    public int Revision { get; set; }
    public int Version { get; private set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    public List<PolicyRevision> Revisions { get; private set; } = [];

    string IAudited.AuditSubjectType => nameof(Policy);
    int IAudited.AuditSubjectId => Id;

    public bool InForce(DateOnly day) => Status == PolicyStatus.Active && EffectiveFrom <= day && (EffectiveTo is null || EffectiveTo >= day);

    /// <summary>Freezes what the policy says now as its next revision.</summary>
    public PolicyRevision Snapshot(string? note)
    {
        Revision++;
        var revision = new PolicyRevision
        {
            Number = Revision, Title = Title, DocumentNo = DocumentNo, EffectiveFrom = EffectiveFrom, EffectiveTo = EffectiveTo, Mode = Mode,
            Rule = Rule, Formula = Formula, Parameters = Parameters, Note = note,
        };
        Revisions.Add(revision);
        return revision;
    }
}

/// <summary>One frozen version of a policy: what an award made under it was computed with.</summary>
public sealed class PolicyRevision
{
    public int Id { get; set; }
    public int PolicyId { get; set; }
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string DocumentNo { get; set; } = "";
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public PolicyMode Mode { get; set; }
    public string Rule { get; set; } = "";
    public string Formula { get; set; } = "";
    public string Parameters { get; set; } = "[]";
    /// <summary>Why it changed (修订说明).</summary>
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}
