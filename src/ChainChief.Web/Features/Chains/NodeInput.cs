using System.ComponentModel.DataAnnotations;

namespace ChainChief.Web.Features.Chains;

/// <summary>One node of the map as the editor sends it; suppliers are the nodes that feed it.</summary>
public sealed class NodeInput
{
    [Display(Name = "节点名称")]
    [Required(ErrorMessage = "请填写节点名称")]
    [StringLength(64, ErrorMessage = "节点名称最多64个字")]
    public string Name { get; set; } = "";

    public ChainSegment Segment { get; set; }
    public int? ParentId { get; set; }

    [StringLength(500, ErrorMessage = "主要产品最多500字")]
    public string? KeyProducts { get; set; }

    /// <summary>GB/T 4754 codes, comma separated.</summary>
    [StringLength(200, ErrorMessage = "行业代码最多200个字符")]
    [RegularExpression(@"^\s*(\d{2,4}\s*[,，、]\s*)*(\d{2,4})?\s*$", ErrorMessage = "行业代码应为2至4位数字，多个用逗号分隔")]
    public string? IndustryCodes { get; set; }

    public bool IsKey { get; set; }
    public List<int> SupplierIds { get; set; } = [];
    public int Version { get; set; }

    public IReadOnlyList<string> CodeList => (IndustryCodes ?? "").Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
