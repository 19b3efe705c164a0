using System.ComponentModel.DataAnnotations;

namespace ChainChief.Web.Features.Chains;

/// <summary>A three-year action plan as the form and the API send it.</summary>
public sealed class ChainPlanInput : IValidatableObject
{
    [Display(Name = "计划名称")]
    [Required(ErrorMessage = "请填写计划名称")]
    [StringLength(200, MinimumLength = 2, ErrorMessage = "计划名称应为2至200个字")]
    public string Title { get; set; } = "";

    [Display(Name = "开始年度")]
    [Range(2000, 2100, ErrorMessage = "开始年度应在2000至2100年之间")]
    public int StartYear { get; set; }

    [Display(Name = "结束年度")]
    [Range(2000, 2100, ErrorMessage = "结束年度应在2000至2100年之间")]
    public int EndYear { get; set; }

    [Display(Name = "目标与主要举措")]
    [Required(ErrorMessage = "请填写计划的目标与主要举措")]
    [StringLength(20000, ErrorMessage = "计划内容最多20000个字")]
    public string Content { get; set; } = "";

    [Display(Name = "印发日期")]
    public DateOnly? ApprovedOn { get; set; }

    /// <summary>The version the editor loaded; a stale one is refused (409). Ignored when creating.</summary>
    public int Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EndYear != StartYear + 2)
        {
            yield return new ValidationResult($"三年行动计划应覆盖三个年度，结束年度应为{StartYear + 2}年", [nameof(EndYear)]);
        }
    }
}

/// <summary>A key task as the form and the API send it.</summary>
public sealed class ChainTaskInput : IValidatableObject
{
    [Display(Name = "年度")]
    [Range(2000, 2100, ErrorMessage = "年度应在2000至2100年之间")]
    public int Year { get; set; }

    [Display(Name = "任务")]
    [Required(ErrorMessage = "请填写任务名称")]
    [StringLength(200, MinimumLength = 2, ErrorMessage = "任务名称应为2至200个字")]
    public string Title { get; set; } = "";

    [Display(Name = "任务说明")]
    [StringLength(4000, ErrorMessage = "任务说明最多4000个字")]
    public string? Description { get; set; }

    [Display(Name = "责任部门")]
    [Range(1, int.MaxValue, ErrorMessage = "请选择责任部门")]
    public int OwnerDepartmentId { get; set; }

    [Display(Name = "完成时限")]
    [Required(ErrorMessage = "请填写完成时限")]
    public DateOnly? Deadline { get; set; }

    public int Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Deadline is { } d && d.Year < Year)
        {
            yield return new ValidationResult($"完成时限不能早于任务所属年度（{Year}年）", [nameof(Deadline)]);
        }
    }
}

/// <summary>A status change, a progress note, or both.</summary>
public sealed class ChainTaskProgressInput
{
    [Display(Name = "状态")]
    public ChainTaskStatus? Status { get; set; }

    [Display(Name = "进展")]
    [StringLength(2000, ErrorMessage = "进展最多2000个字")]
    public string? Note { get; set; }

    /// <summary>Checked when the status changes; a note alone never conflicts.</summary>
    public int Version { get; set; }
}

/// <summary>A meeting record with its decisions, as the form and the API send it.</summary>
public sealed class ChainMeetingInput
{
    public const int MaxDecisions = 50;

    [Display(Name = "会议类型")]
    public MeetingKind Kind { get; set; }

    [Display(Name = "会议名称")]
    [Required(ErrorMessage = "请填写会议名称")]
    [StringLength(200, MinimumLength = 2, ErrorMessage = "会议名称应为2至200个字")]
    public string Title { get; set; } = "";

    [Display(Name = "召开日期")]
    [Required(ErrorMessage = "请填写召开日期")]
    public DateOnly? HeldOn { get; set; }

    [Display(Name = "地点")]
    [StringLength(200, ErrorMessage = "地点最多200个字")]
    public string? Location { get; set; }

    [Display(Name = "主持人")]
    [StringLength(100, ErrorMessage = "主持人最多100个字")]
    public string? Chair { get; set; }

    [Display(Name = "参会人员")]
    [Required(ErrorMessage = "请填写参会人员")]
    [StringLength(2000, ErrorMessage = "参会人员最多2000个字")]
    public string Attendees { get; set; } = "";

    [Display(Name = "会议纪要")]
    [StringLength(8000, ErrorMessage = "会议纪要最多8000个字")]
    public string? Summary { get; set; }

    [Display(Name = "议定事项")]
    [MaxLength(MaxDecisions, ErrorMessage = "一次会议最多50条议定事项")]
    public List<MeetingDecisionInput> Decisions { get; set; } = [];

    public int Version { get; set; }
}

/// <summary>A decision of a meeting; <see cref="Id"/> is null for a new one.</summary>
public sealed class MeetingDecisionInput
{
    public int? Id { get; set; }

    [Display(Name = "议定事项")]
    [Required(ErrorMessage = "请填写议定事项内容")]
    [StringLength(1000, ErrorMessage = "议定事项最多1000个字")]
    public string Text { get; set; } = "";
}

/// <summary>Turns a meeting decision into a key task: who does it and by when.</summary>
public sealed class DecisionTaskInput
{
    [Display(Name = "任务")]
    [StringLength(200, ErrorMessage = "任务名称最多200个字")]
    public string? Title { get; set; }

    [Display(Name = "责任部门")]
    [Range(1, int.MaxValue, ErrorMessage = "请选择责任部门")]
    public int OwnerDepartmentId { get; set; }

    [Display(Name = "完成时限")]
    [Required(ErrorMessage = "请填写完成时限")]
    public DateOnly? Deadline { get; set; }
}
