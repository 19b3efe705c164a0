using ChainChief.Web.Features.Appeals;
using static ChainChief.Web.Features.Appeals.AppealAction;
using static ChainChief.Web.Features.Appeals.AppealParty;
using static ChainChief.Web.Features.Appeals.AppealState;

namespace ChainChief.Tests.Appeals;

/// <summary>Every state × action × party: the allowed steps listed here by hand from DOMAIN §7, everything else refused.</summary>
public sealed class AppealWorkflowTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0);

    // (from, action, party) → to. Extension steps need a pending request / a deadline ahead; see the cases below.
    private static readonly Dictionary<(AppealState, AppealAction, AppealParty), AppealState> Allowed = new()
    {
        [(Submitted, SignIn, Office)] = SignedIn,
        [(SignedIn, Assign, Office)] = Assigned,
        [(Assigned, Transfer, Office)] = Assigned,
        [(InProgress, Transfer, Office)] = Assigned,
        [(Assigned, Accept, Department)] = InProgress,
        [(Assigned, Return, Department)] = SignedIn,
        [(InProgress, Return, Department)] = SignedIn,
        [(Assigned, Reply, Department)] = Replied,
        [(InProgress, Reply, Department)] = Replied,
        [(Replied, RateSatisfied, Firm)] = Closed,
        [(Replied, RateUnsatisfied, Firm)] = Assigned,
        [(Replied, Close, Office)] = Closed,
        [(Assigned, RequestExtension, Department)] = Assigned,
        [(InProgress, RequestExtension, Department)] = InProgress,
        [(Submitted, RequestWithdrawal, Firm)] = WithdrawalRequested,
        [(SignedIn, RequestWithdrawal, Firm)] = WithdrawalRequested,
        [(Assigned, RequestWithdrawal, Firm)] = WithdrawalRequested,
        [(InProgress, RequestWithdrawal, Firm)] = WithdrawalRequested,
        [(Replied, RequestWithdrawal, Firm)] = WithdrawalRequested,
        [(WithdrawalRequested, ApproveWithdrawal, Office)] = Withdrawn,
        [(WithdrawalRequested, RefuseWithdrawal, Office)] = InProgress, // back where it was (BeforeWithdrawal below)
    };

    public static TheoryData<AppealState, AppealAction, AppealParty> Everything()
    {
        var data = new TheoryData<AppealState, AppealAction, AppealParty>();
        foreach (var s in Enum.GetValues<AppealState>())
        {
            foreach (var a in Enum.GetValues<AppealAction>().Where(a => a is not (ApproveExtension or RefuseExtension)))
            {
                foreach (var p in Enum.GetValues<AppealParty>())
                {
                    data.Add(s, a, p);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Everything))]
    public void Only_the_listed_steps_are_allowed(AppealState from, AppealAction action, AppealParty party)
    {
        var status = new AppealStatus(from, Now.AddDays(3), BeforeWithdrawal: InProgress);
        var decision = AppealWorkflow.Decide(status, action, party, Now);
        if (Allowed.TryGetValue((from, action, party), out var to))
        {
            Assert.True(decision.Allowed, decision.Refusal);
            Assert.Equal(to, decision.To);
        }
        else
        {
            Assert.False(decision.Allowed, $"{from} {action} by {party} should be refused");
            Assert.Null(decision.To);
            Assert.False(string.IsNullOrWhiteSpace(decision.Refusal));
        }
    }

    [Fact]
    public void Refusals_say_who_may_act_or_why_not_now()
    {
        Assert.Equal("只有链长办可以签收", AppealWorkflow.Decide(new(Submitted), SignIn, Department, Now).Refusal);
        Assert.Equal("诉求当前为“已办结”，不能答复", AppealWorkflow.Decide(new(Closed), Reply, Department, Now).Refusal);
        Assert.Equal("只有提出诉求的企业可以评价不满意", AppealWorkflow.Decide(new(Replied), RateUnsatisfied, Office, Now).Refusal);
    }

    [Fact]
    public void An_extension_is_requested_before_the_deadline_once_and_reviewed_only_while_pending()
    {
        var due = Now.AddHours(1);
        Assert.True(AppealWorkflow.Decide(new(InProgress, due), RequestExtension, Department, Now).Allowed);
        Assert.Equal("已超过办理时限（2026-11-23 11:00），延期须在时限前申请",
            AppealWorkflow.Decide(new(InProgress, due), RequestExtension, Department, due).Refusal);
        Assert.Equal("已有待审批的延期申请", AppealWorkflow.Decide(new(InProgress, due, ExtensionPending: true), RequestExtension, Department, Now).Refusal);

        foreach (var review in new[] { ApproveExtension, RefuseExtension })
        {
            Assert.Equal(Assigned, AppealWorkflow.Decide(new(Assigned, due, ExtensionPending: true), review, Office, Now).To);
            Assert.Equal("没有待审批的延期申请", AppealWorkflow.Decide(new(Assigned, due), review, Office, Now).Refusal);
            Assert.False(AppealWorkflow.Decide(new(Assigned, due, ExtensionPending: true), review, Department, Now).Allowed);
            Assert.False(AppealWorkflow.Decide(new(Replied, due, ExtensionPending: true), review, Office, Now).Allowed);
        }
    }

    [Fact]
    public void A_refused_withdrawal_returns_to_where_the_appeal_was()
    {
        Assert.Equal(Replied, AppealWorkflow.Decide(new(WithdrawalRequested, BeforeWithdrawal: Replied), RefuseWithdrawal, Office, Now).To);
        Assert.Equal(SignedIn, AppealWorkflow.Decide(new(WithdrawalRequested, BeforeWithdrawal: SignedIn), RefuseWithdrawal, Office, Now).To);
    }

    [Fact]
    public void The_firm_sees_only_its_own_buttons()
    {
        Assert.Equal([RateSatisfied, RateUnsatisfied, RequestWithdrawal], AppealWorkflow.Available(new(Replied), Firm, Now));
        Assert.Equal([Accept, Return, Reply, RequestExtension], AppealWorkflow.Available(new(Assigned, Now.AddDays(1)), Department, Now));
        Assert.Equal([Transfer], AppealWorkflow.Available(new(InProgress, Now.AddDays(1)), Office, Now));
    }
}
