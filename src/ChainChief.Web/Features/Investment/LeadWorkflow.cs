using ChainChief.Web.Infrastructure.Errors;

namespace ChainChief.Web.Features.Investment;

/// <summary>
/// A lead moves one stage forward at a time (搜集 → 筛选 → 研判 → 推送 → 跟进). From 研判 on, once it has been judged
/// worth pursuing, it can be converted to a project; it can be dropped (with a reason) at any open stage.
/// </summary>
public static class LeadWorkflow
{
    private static readonly LeadStage[] Path = [LeadStage.Collected, LeadStage.Screened, LeadStage.Assessed, LeadStage.Pushed, LeadStage.FollowingUp];

    public static LeadStage? Next(LeadStage stage) => Array.IndexOf(Path, stage) is var i && i >= 0 && i < Path.Length - 1 ? Path[i + 1] : null;

    public static bool CanConvert(LeadStage stage) => stage is LeadStage.Assessed or LeadStage.Pushed or LeadStage.FollowingUp;

    public static void EnsureOpen(Lead lead)
    {
        if (!lead.IsOpen)
        {
            throw new BusinessRuleException("lead.closed", $"线索已{InvestmentLabels.Of(lead.Stage)}，不能再操作");
        }
    }
}
