using ChainChief.Web.Data;

namespace ChainChief.Web.Features.Incentives;

/// <summary>An award's way from proposal to money in the firm's account.</summary>
public enum AwardStatus
{
    /// <summary>In a batch waiting for approval.</summary>
    Proposed,
    Approved,
    /// <summary>拨付: disbursed, with date and voucher.</summary>
    Paid,
    /// <summary>Struck out of the batch at approval, with a reason.</summary>
    Rejected,
}

public enum BatchStatus
{
    Draft,
    Approved,
    /// <summary>Every approved award disbursed.</summary>
    Paid,
}

/// <summary>
/// 兑现批次: the 免申即享 awards of one policy and year, approved together and then disbursed. Amounts are the matches'
/// at the time the batch is drawn up, under the revision they used.
/// </summary>
public sealed class AwardBatch : IAudited, IVersioned, IStamped
{
    public int Id { get; set; }
    public int PolicyId { get; set; }
    public int Year { get; set; }
    public string RegionCode { get; set; } = "";
    public BatchStatus Status { get; set; }
    public string? ApprovedBy { get; set; }
    public DateTime? ApprovedAt { get; set; }
    public string? Note { get; set; }
    public int Version { get; private set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    string IAudited.AuditSubjectType => nameof(AwardBatch);
    int IAudited.AuditSubjectId => Id;
}

/// <summary>
/// 兑现: what one firm gets under one policy for one year — from a 免申即享 batch or an approved 快申快享 application. The
/// explanation and amount are frozen from the match and revision they came from. One per firm, policy and year.
/// </summary>
public sealed class Award : IAudited, IVersioned, IStamped
{
    public int Id { get; set; }
    public int PolicyId { get; set; }
    public int RevisionId { get; set; }
    public int EnterpriseId { get; set; }
    public int Year { get; set; }
    public string CountyCode { get; set; } = "";
    public int? BatchId { get; set; }
    public int? ApplicationId { get; set; }
    /// <summary>万元.</summary>
    public decimal Amount { get; set; }
    public string Benefit { get; set; } = "";
    /// <summary>Why the firm qualified, condition by condition, as it stood when the award was made (one line each).</summary>
    public string Criteria { get; set; } = "";
    public string Milestones { get; set; } = "";
    public AwardStatus Status { get; set; }
    public DateOnly? PaidOn { get; set; }
    /// <summary>凭证号 of the payment.</summary>
    public string? VoucherNo { get; set; }
    public string? Note { get; set; }
    public int Version { get; private set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    string IAudited.AuditSubjectType => nameof(Award);
    int IAudited.AuditSubjectId => Id;

    /// <summary>Whether it holds its milestones: a rejected award pays none, so they can be paid later.</summary>
    public bool Counts => Status != AwardStatus.Rejected;
}
