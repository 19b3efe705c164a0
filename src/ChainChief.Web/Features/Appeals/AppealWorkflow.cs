namespace ChainChief.Web.Features.Appeals;

/// <summary>Where an appeal (诉求) stands (DOMAIN §7).</summary>
public enum AppealState
{
    /// <summary>提交: filed by the firm, or by an official during a visit.</summary>
    Submitted,
    /// <summary>签收: the 链长办 has taken it (the same working day — 不过夜).</summary>
    SignedIn,
    /// <summary>交办: assigned to a department with a deadline (again after 转办 or 重办).</summary>
    Assigned,
    /// <summary>办理: the department is working on it.</summary>
    InProgress,
    /// <summary>答复: the department has answered; the firm rates the answer.</summary>
    Replied,
    /// <summary>办结.</summary>
    Closed,
    /// <summary>撤单 requested by the firm, waiting for the 链长办's review.</summary>
    WithdrawalRequested,
    /// <summary>撤单 approved.</summary>
    Withdrawn,
}

/// <summary>What someone does to an appeal. Every one becomes a history row.</summary>
public enum AppealAction
{
    SignIn,
    Assign,
    /// <summary>转办: the 链长办 hands it to another department.</summary>
    Transfer,
    /// <summary>The department starts work.</summary>
    Accept,
    /// <summary>退回: the department sends it back to the 链长办 (not ours to handle), with a reason.</summary>
    Return,
    Reply,
    /// <summary>企业评价 满意 → 办结.</summary>
    RateSatisfied,
    /// <summary>企业评价 不满意 → 重办: back to the same department with a new deadline.</summary>
    RateUnsatisfied,
    /// <summary>延期: requested by the department before the deadline.</summary>
    RequestExtension,
    ApproveExtension,
    RefuseExtension,
    RequestWithdrawal,
    ApproveWithdrawal,
    RefuseWithdrawal,
    /// <summary>The 链长办 closes an answered appeal the firm has not rated (or one an official filed for the firm).</summary>
    Close,
}

/// <summary>Who acts, as the workflow sees it: the firm, the 链长办 (an office or county officer within its region), the assigned department.</summary>
public enum AppealParty
{
    Firm,
    Office,
    Department,
}

/// <summary>What the workflow needs to know about an appeal to decide a step.</summary>
public sealed record AppealStatus(AppealState State, DateTime? Deadline = null, bool ExtensionPending = false, AppealState? BeforeWithdrawal = null);

/// <summary>A decision: the state after the step, or why it is refused (a Chinese message for a 409).</summary>
public sealed record AppealDecision(AppealState? To, string? Refusal)
{
    public bool Allowed => Refusal is null;
}

/// <summary>
/// The appeal state machine, pure: which party may take which action in which state, and where it leads. Illegal steps
/// come back with the reason in Chinese; the use cases turn them into 409s.
/// </summary>
public static class AppealWorkflow
{
    private sealed record Rule(AppealParty Party, AppealState[] From, AppealState? To);

    private static readonly AppealState[] Open =
        [AppealState.Submitted, AppealState.SignedIn, AppealState.Assigned, AppealState.InProgress, AppealState.Replied];

    private static readonly AppealState[] Handling = [AppealState.Assigned, AppealState.InProgress];

    // To = null: the state does not change (extension requests and reviews), or, for RefuseWithdrawal, goes back.
    private static readonly Dictionary<AppealAction, Rule> Rules = new()
    {
        [AppealAction.SignIn] = new(AppealParty.Office, [AppealState.Submitted], AppealState.SignedIn),
        [AppealAction.Assign] = new(AppealParty.Office, [AppealState.SignedIn], AppealState.Assigned),
        [AppealAction.Transfer] = new(AppealParty.Office, Handling, AppealState.Assigned),
        [AppealAction.Accept] = new(AppealParty.Department, [AppealState.Assigned], AppealState.InProgress),
        [AppealAction.Return] = new(AppealParty.Department, Handling, AppealState.SignedIn),
        [AppealAction.Reply] = new(AppealParty.Department, Handling, AppealState.Replied),
        [AppealAction.RateSatisfied] = new(AppealParty.Firm, [AppealState.Replied], AppealState.Closed),
        [AppealAction.RateUnsatisfied] = new(AppealParty.Firm, [AppealState.Replied], AppealState.Assigned),
        [AppealAction.RequestExtension] = new(AppealParty.Department, Handling, null),
        [AppealAction.ApproveExtension] = new(AppealParty.Office, Handling, null),
        [AppealAction.RefuseExtension] = new(AppealParty.Office, Handling, null),
        [AppealAction.RequestWithdrawal] = new(AppealParty.Firm, Open, AppealState.WithdrawalRequested),
        [AppealAction.ApproveWithdrawal] = new(AppealParty.Office, [AppealState.WithdrawalRequested], AppealState.Withdrawn),
        [AppealAction.RefuseWithdrawal] = new(AppealParty.Office, [AppealState.WithdrawalRequested], null),
        [AppealAction.Close] = new(AppealParty.Office, [AppealState.Replied], AppealState.Closed),
    };

    public static AppealParty PartyOf(AppealAction action) => Rules[action].Party;

    public static AppealDecision Decide(AppealStatus appeal, AppealAction action, AppealParty party, DateTime now)
    {
        var rule = Rules[action];
        if (rule.Party != party)
        {
            return Refuse($"只有{Label(rule.Party)}可以{Label(action)}");
        }
        if (!rule.From.Contains(appeal.State))
        {
            return Refuse($"诉求当前为“{Label(appeal.State)}”，不能{Label(action)}");
        }
        switch (action)
        {
            case AppealAction.RequestExtension when appeal.ExtensionPending:
                return Refuse("已有待审批的延期申请");
            case AppealAction.RequestExtension when appeal.Deadline is { } due && now >= due:
                return Refuse($"已超过办理时限（{due:yyyy-MM-dd HH:mm}），延期须在时限前申请");
            case AppealAction.ApproveExtension or AppealAction.RefuseExtension when !appeal.ExtensionPending:
                return Refuse("没有待审批的延期申请");
            case AppealAction.RefuseWithdrawal:
                return new AppealDecision(appeal.BeforeWithdrawal ?? AppealState.Submitted, null);
        }
        return new AppealDecision(rule.To ?? appeal.State, null);
    }

    /// <summary>The actions a party could take now (for buttons), in workflow order.</summary>
    public static IEnumerable<AppealAction> Available(AppealStatus appeal, AppealParty party, DateTime now) =>
        Enum.GetValues<AppealAction>().Where(a => Decide(appeal, a, party, now).Allowed);

    private static AppealDecision Refuse(string message) => new(null, message);

    public static string Label(AppealState state) => state switch
    {
        AppealState.Submitted => "已提交",
        AppealState.SignedIn => "已签收",
        AppealState.Assigned => "已交办",
        AppealState.InProgress => "办理中",
        AppealState.Replied => "已答复",
        AppealState.Closed => "已办结",
        AppealState.WithdrawalRequested => "撤单审核中",
        AppealState.Withdrawn => "已撤单",
    };

    public static string Label(AppealAction action) => action switch
    {
        AppealAction.SignIn => "签收",
        AppealAction.Assign => "交办",
        AppealAction.Transfer => "转办",
        AppealAction.Accept => "开始办理",
        AppealAction.Return => "退回",
        AppealAction.Reply => "答复",
        AppealAction.RateSatisfied => "评价满意",
        AppealAction.RateUnsatisfied => "评价不满意",
        AppealAction.RequestExtension => "申请延期",
        AppealAction.ApproveExtension => "批准延期",
        AppealAction.RefuseExtension => "驳回延期",
        AppealAction.RequestWithdrawal => "申请撤单",
        AppealAction.ApproveWithdrawal => "同意撤单",
        AppealAction.RefuseWithdrawal => "驳回撤单",
        AppealAction.Close => "办结",
    };

    public static string Label(AppealParty party) => party switch
    {
        AppealParty.Firm => "提出诉求的企业",
        AppealParty.Office => "链长办",
        AppealParty.Department => "承办部门",
    };
}
