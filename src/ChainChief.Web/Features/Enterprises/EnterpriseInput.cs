using System.ComponentModel.DataAnnotations;

namespace ChainChief.Web.Features.Enterprises;

/// <summary>The editable record of a firm, as the form and the API send it. Rules here are checked without data;
/// <see cref="EnterpriseRules"/> checks codes against the reference data and the actor's scope.</summary>
public sealed class EnterpriseInput
{
    [Display(Name = "统一社会信用代码")]
    [Required(ErrorMessage = "请填写统一社会信用代码")]
    [CreditCode]
    public string CreditCode { get; set; } = "";

    [Display(Name = "企业名称")]
    [Required(ErrorMessage = "请填写企业名称")]
    [StringLength(100, MinimumLength = 2, ErrorMessage = "企业名称应为2至100个字")]
    public string Name { get; set; } = "";

    [Display(Name = "所属县区")]
    [Required(ErrorMessage = "请选择所属县区")]
    [RegularExpression(@"^\d{6}$", ErrorMessage = "所属县区应为6位行政区划代码")]
    public string CountyCode { get; set; } = "";

    [Display(Name = "所属园区")]
    [StringLength(100, ErrorMessage = "所属园区最多100个字")]
    public string? Park { get; set; }

    [Display(Name = "行业代码")]
    [Required(ErrorMessage = "请填写国民经济行业代码（小类）")]
    [RegularExpression(@"^\d{4}$", ErrorMessage = "行业代码应为4位国民经济行业小类代码")]
    public string IndustryCode { get; set; } = "";

    [Display(Name = "规模")]
    public EnterpriseScale Scale { get; set; } = EnterpriseScale.BelowScale;

    [Display(Name = "经营状态")]
    public OperatingStatus Status { get; set; } = OperatingStatus.Operating;

    [Display(Name = "用地面积（亩）")]
    [Range(typeof(decimal), "0", "1000000", ErrorMessage = "用地面积应在0至1,000,000亩之间")]
    public decimal LandMu { get; set; }

    [Display(Name = "从业人员")]
    [Range(0, 1_000_000, ErrorMessage = "从业人员应在0至1,000,000人之间")]
    public int Employees { get; set; }

    [Display(Name = "成立日期")]
    public DateOnly? FoundedOn { get; set; }

    [Display(Name = "联系人")]
    [StringLength(50, ErrorMessage = "联系人最多50个字")]
    public string? ContactName { get; set; }

    [Display(Name = "联系电话")]
    [RegularExpression(@"^[0-9+\-() ]{5,30}$", ErrorMessage = "联系电话只能包含数字、空格和 + - ( )，5至30位")]
    public string? ContactPhone { get; set; }

    [Display(Name = "地址")]
    [StringLength(200, ErrorMessage = "地址最多200个字")]
    public string? Address { get; set; }

    [Display(Name = "所属产业链")]
    public List<int> ChainIds { get; set; } = [];

    /// <summary>The version the editor loaded; a stale one is refused (409) instead of overwriting.</summary>
    public int Version { get; set; }

    public EnterpriseProfile ToProfile(string countyCode) =>
        new(Name, countyCode, Park, IndustryCode, LandMu, Employees, FoundedOn, ContactName, ContactPhone, Address);
}
