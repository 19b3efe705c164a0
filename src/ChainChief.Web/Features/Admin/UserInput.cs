using System.ComponentModel.DataAnnotations;

namespace ChainChief.Web.Features.Admin;

public sealed class UserInput
{
    [Display(Name = "登录名")]
    [Required(ErrorMessage = "请填写登录名")]
    [RegularExpression(@"^[A-Za-z0-9_.@\-]{3,64}$", ErrorMessage = "登录名为3至64位字母、数字或 _ . @ -")]
    public string UserName { get; set; } = "";

    [Display(Name = "姓名")]
    [Required(ErrorMessage = "请填写姓名")]
    [StringLength(32, ErrorMessage = "姓名最多32个字")]
    public string DisplayName { get; set; } = "";

    [Display(Name = "角色")]
    [MinLength(1, ErrorMessage = "请至少选择一个角色")]
    public List<string> Roles { get; set; } = [];

    /// <summary>Division-code prefix the user may see: "" (everything, admin only), a province, a city or a county.</summary>
    [Display(Name = "数据范围")]
    [RegularExpression(@"^(\d{2}(\d{2}(\d{2})?)?)?$", ErrorMessage = "数据范围应为空或2、4、6位行政区划代码")]
    public string RegionScope { get; set; } = "";

    [Display(Name = "所属部门")]
    public int? DepartmentId { get; set; }

    [Display(Name = "所属企业")]
    public int? EnterpriseId { get; set; }

    /// <summary>Only on create; empty means a generated one is returned once.</summary>
    [Display(Name = "初始密码")]
    [StringLength(64, MinimumLength = 8, ErrorMessage = "密码至少8位")]
    public string? Password { get; set; }
}
