using ChainChief.Web.Data;

namespace ChainChief.Web.Features.Cultivation;

/// <summary>What a ladder goal counts over its year.</summary>
public enum LadderGoalKind
{
    /// <summary>净增规上企业: firms that became above scale in the year minus those that left.</summary>
    NetNewAboveScale,
    /// <summary>新增创新型中小企业</summary>
    NewInnovativeSme,
    /// <summary>新增专精特新中小企业</summary>
    NewSpecialized,
    /// <summary>新增专精特新"小巨人"</summary>
    NewLittleGiant,
    /// <summary>新增高新技术企业</summary>
    NewHighTech,
}

/// <summary>A region's yearly cultivation goal (e.g. 净增规上企业 30 家), compared with the year's actual count.</summary>
public sealed class LadderGoal : IAudited, IVersioned, IStamped
{
    public int Id { get; set; }
    /// <summary>6-digit division code (the city or a county).</summary>
    public string RegionCode { get; set; } = "";
    public int Year { get; set; }
    public LadderGoalKind Kind { get; set; }
    public int Target { get; set; }
    public string? Note { get; set; }

    public int Version { get; private set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    string IAudited.AuditSubjectType => nameof(LadderGoal);
    int IAudited.AuditSubjectId => Id;
}
