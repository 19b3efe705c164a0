using System.ComponentModel.DataAnnotations;
using ChainChief.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChainChief.Web.Features.Admin;

/// <summary>A government department (经信局, 发改委 …) whose users handle tickets and projects.</summary>
public sealed class Department : IAudited, IStamped
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Division code of the government it belongs to (a city 6109xx… or a county).</summary>
    public string RegionCode { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    string IAudited.AuditSubjectType => nameof(Department);
    int IAudited.AuditSubjectId => Id;
}

public sealed class DepartmentInput
{
    [Display(Name = "部门名称")]
    [Required(ErrorMessage = "请填写部门名称")]
    [StringLength(64, MinimumLength = 2, ErrorMessage = "部门名称应为2至64个字")]
    public string Name { get; set; } = "";

    [Display(Name = "所属区划")]
    [Required(ErrorMessage = "请填写所属行政区划代码")]
    [RegularExpression(@"^\d{2}(\d{2}(\d{2})?)?$", ErrorMessage = "行政区划代码应为2、4或6位数字")]
    public string RegionCode { get; set; } = "";
}

public sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.Property(x => x.Name).HasMaxLength(64);
        b.Property(x => x.RegionCode).HasMaxLength(6);
        b.Property(x => x.CreatedBy).HasMaxLength(128);
        b.Property(x => x.UpdatedBy).HasMaxLength(128);
        b.HasIndex(x => new { x.RegionCode, x.Name }).IsUnique();
    }
}
