using ChainChief.Web.Features.Enterprises;

namespace ChainChief.Web.Features.Chains;

/// <summary>
/// Chain-gap analysis (DOMAIN §3), pure: the state of each node from the firms on it (and on its sub-nodes), their
/// status history and, once monthly statistics exist, their revenue. Returns the reason with the state, so the map can
/// say why a node is red.
/// </summary>
public static class NodeHealth
{
    /// <summary>A firm on a node. <paramref name="StatusHistory"/> holds every dated status change (the first is the
    /// founding status); <paramref name="Revenue12m"/> is the last twelve months' revenue in 万元 when known.</summary>
    public sealed record FirmFacts(int EnterpriseId, NodeFirmRole Role, EnterpriseScale Scale,
        IReadOnlyList<(OperatingStatus To, DateOnly EffectiveOn)> StatusHistory, decimal? Revenue12m = null);

    public sealed record Result(NodeState State, string Reason, int OperatingFirms, int AboveScaleFirms, decimal? Revenue12m);

    public static Result Evaluate(IReadOnlyList<FirmFacts> firms, ChainHealthSettings settings, decimal? chainRevenue12m, DateOnly today)
    {
        var operating = firms.Where(f => StatusOn(f, today) == OperatingStatus.Operating).ToList();
        if (operating.Count == 0)
        {
            var windowStart = today.AddMonths(-settings.LookbackMonths);
            var lost = firms.Where(f => OperatedSince(f, windowStart, today)).ToList();
            return lost.Count > 0
                ? new Result(NodeState.Broken, $"近{settings.LookbackMonths}个月内有{lost.Count}家企业在营，现已全部停产或迁出", 0, 0, null)
                : new Result(NodeState.Blank, firms.Count == 0 ? "本地无企业" : "本地无在营企业", 0, 0, null);
        }
        var above = operating.Count(f => f.Scale == EnterpriseScale.AboveScale);
        var revenue = operating.Any(f => f.Revenue12m is not null) ? operating.Sum(f => f.Revenue12m ?? 0) : (decimal?)null;
        var leaders = operating.Count(f => f.Role is NodeFirmRole.ChainOwner or NodeFirmRole.Leading);
        if (leaders > 0)
        {
            return new Result(NodeState.Strong, $"有{leaders}家链主或龙头企业", operating.Count, above, revenue);
        }
        if (revenue is { } r && chainRevenue12m is > 0 && settings.StrongRevenueShare is { } share && r / chainRevenue12m.Value >= share)
        {
            return new Result(NodeState.Strong, $"营收占全链{r / chainRevenue12m.Value:P0}，不低于{share:P0}", operating.Count, above, revenue);
        }
        if (above == 0)
        {
            return new Result(NodeState.Weak, $"{operating.Count}家在营企业均为规下企业", operating.Count, 0, revenue);
        }
        if (revenue is { } low && settings.WeakRevenueBelow is { } floor && low < floor)
        {
            return new Result(NodeState.Weak, $"近12个月营收{low:0.##}万元，低于{floor:0.##}万元", operating.Count, above, revenue);
        }
        return new Result(NodeState.Covered, $"{above}家规上企业在营", operating.Count, above, revenue);
    }

    /// <summary>The status in force on a day: the latest change effective on or before it (later-dated changes are plans).</summary>
    public static OperatingStatus? StatusOn(FirmFacts firm, DateOnly day) =>
        firm.StatusHistory.Where(h => h.EffectiveOn <= day).OrderBy(h => h.EffectiveOn).Select(h => (OperatingStatus?)h.To).LastOrDefault();

    /// <summary>Whether the firm was operating at any moment of [from, to]: at the start, or after a change inside.</summary>
    private static bool OperatedSince(FirmFacts firm, DateOnly from, DateOnly to) =>
        StatusOn(firm, from) == OperatingStatus.Operating
        || firm.StatusHistory.Any(h => h.To == OperatingStatus.Operating && h.EffectiveOn > from && h.EffectiveOn <= to);
}
