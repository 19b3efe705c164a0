using System.ComponentModel.DataAnnotations;

namespace ChainChief.Web.Features.Chains;

/// <summary>A chain's organisation and health thresholds as the form and the API send them (DOMAIN §2–§3).</summary>
public sealed class ChainInput
{
    [Display(Name = "产业链名称")]
    [Required(ErrorMessage = "请填写产业链名称")]
    [StringLength(64, MinimumLength = 2, ErrorMessage = "产业链名称应为2至64个字")]
    public string Name { get; set; } = "";

    /// <summary>Set for a sub-chain (子链).</summary>
    public int? ParentId { get; set; }

    [StringLength(2000, ErrorMessage = "简介最多2000字")]
    public string? Description { get; set; }

    public int? ExecutiveDepartmentId { get; set; }
    public List<int> ResponsibleDepartmentIds { get; set; } = [];
    public List<MemberInput> Members { get; set; } = [];
    public List<PartyInput> Parties { get; set; } = [];

    [Range(1, 120, ErrorMessage = "断点回看期应为1至120个月")]
    public int LookbackMonths { get; set; } = 24;

    [Range(typeof(decimal), "0", "100000000", ErrorMessage = "薄弱点营收阈值应为非负数（万元）")]
    public decimal? WeakRevenueBelow { get; set; }

    [Range(typeof(decimal), "0.01", "1", ErrorMessage = "优势营收占比应在0.01至1之间")]
    public decimal? StrongRevenueShare { get; set; } = 0.2m;

    [Range(typeof(decimal), "1", "10", ErrorMessage = "关键环节权重应在1至10之间")]
    public decimal KeyNodeWeight { get; set; } = 2m;

    /// <summary>The version read with the chain; a stale one is refused.</summary>
    public int Version { get; set; }

    public sealed class MemberInput
    {
        public ChainMemberRole Role { get; set; }

        [Required(ErrorMessage = "请填写姓名")]
        [StringLength(50, ErrorMessage = "姓名最多50个字")]
        public string Name { get; set; } = "";

        [StringLength(100, ErrorMessage = "职务最多100个字")]
        public string? Position { get; set; }
    }

    public sealed class PartyInput
    {
        public ChainPartyKind Kind { get; set; }

        [StringLength(100, ErrorMessage = "名称最多100个字")]
        public string Name { get; set; } = "";

        /// <summary>Required for a chain-owner firm: the registry firm.</summary>
        public int? EnterpriseId { get; set; }
    }

    public static ChainInput From(GetChain.Detail d) => new()
    {
        Name = d.Name, ParentId = d.ParentId, Description = d.Description, ExecutiveDepartmentId = d.ExecutiveDepartmentId,
        ResponsibleDepartmentIds = [.. d.ResponsibleDepartments.Select(x => x.Id)],
        Members = [.. d.Members.Select(m => new MemberInput { Role = m.Role, Name = m.Name, Position = m.Position })],
        Parties = [.. d.Parties.Select(p => new PartyInput { Kind = p.Kind, Name = p.Name, EnterpriseId = p.EnterpriseId })],
        LookbackMonths = d.Health.LookbackMonths, WeakRevenueBelow = d.Health.WeakRevenueBelow,
        StrongRevenueShare = d.Health.StrongRevenueShare, KeyNodeWeight = d.Health.KeyNodeWeight, Version = d.Version,
    };
}
