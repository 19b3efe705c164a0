namespace ChainChief.Web.Features.Notifications;

/// <summary>What a notification is about. Each topic has its configured audiences (<see cref="NotificationRule"/>).</summary>
public enum NotificationTopic
{
    AppealFiled,
    AppealSignedIn,
    AppealAssigned,
    AppealTransferred,
    AppealAccepted,
    AppealReturned,
    AppealReplied,
    AppealRatedSatisfied,
    AppealReopened,
    ExtensionRequested,
    ExtensionApproved,
    ExtensionRefused,
    WithdrawalRequested,
    WithdrawalApproved,
    WithdrawalRefused,
    AppealClosed,
    /// <summary>催办: the clock has run out.</summary>
    AppealReminder,
    /// <summary>督办 level 1: the 链长办 supervises.</summary>
    AppealSupervision,
    /// <summary>督办 level 2: the chain chief supervises.</summary>
    AppealLeaderSupervision,
    /// <summary>通报: named in the notice.</summary>
    AppealNotice,
    /// <summary>An investment lead has had no activity: told to the chain's task force (not in the appeal rules grid).</summary>
    LeadStalled,
    /// <summary>A lead still quiet: told to the chain chief.</summary>
    LeadEscalatedToChief,
    /// <summary>政策找人: a firm was found eligible for a policy (told to the firm's accounts).</summary>
    PolicyMatched,
    /// <summary>A firm applied for a 快申快享 policy (told to the region's 链长办).</summary>
    PolicyApplied,
    /// <summary>A 快申快享 application was approved or refused (told to the firm).</summary>
    ApplicationDecided,
    /// <summary>An award was disbursed (told to the firm).</summary>
    AwardPaid,
}

/// <summary>Who receives a topic, relative to the record it is about (an appeal's firm, its handler, the officials of its region).</summary>
public enum NotificationAudience
{
    /// <summary>The firm's own accounts.</summary>
    Firm,
    /// <summary>承办单位: the department handling it, or the 链长办 while it waits to be signed for and assigned.</summary>
    Handler,
    /// <summary>链长办 officers whose region covers the firm.</summary>
    Office,
    /// <summary>County officers of the firm's county.</summary>
    County,
    /// <summary>Chain chiefs (链长) whose region covers the firm.</summary>
    Chief,
    Admin,
}

/// <summary>One message in a user's inbox.</summary>
public sealed class Notification
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public NotificationTopic Topic { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    /// <summary>Where the message leads (the appeal's page).</summary>
    public string Link { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}

/// <summary>A topic goes to an audience when its rule exists; the 链长办 edits the grid. Defaults in <see cref="NotificationDefaults"/>.</summary>
public sealed class NotificationRule
{
    public NotificationTopic Topic { get; set; }
    public NotificationAudience Audience { get; set; }
}
