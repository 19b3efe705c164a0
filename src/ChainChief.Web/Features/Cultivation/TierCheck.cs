namespace ChainChief.Web.Features.Cultivation;

/// <summary>The rungs of the 梯度培育 ladder that are checked against a firm's facts (DOMAIN §8, research §3.2–3.5).</summary>
public enum Tier
{
    /// <summary>创新型中小企业</summary>
    InnovativeSme,
    /// <summary>专精特新中小企业</summary>
    Specialized,
    /// <summary>专精特新"小巨人"</summary>
    LittleGiant,
    /// <summary>高新技术企业</summary>
    HighTech,
}

/// <summary>Whether a condition holds; a missing declared fact or statistic counts as not met.</summary>
public enum LineState
{
    Met,
    Unmet,
    /// <summary>未填报 / 无数据: the firm has not declared the fact, or the statistics do not cover it.</summary>
    Missing,
}

/// <summary>One condition of a tier: the firm's actual value, what is required, and the gap in words.</summary>
public sealed record TierLine(string Condition, string Actual, string Required, LineState State, string Gap)
{
    public bool Met => State == LineState.Met;
}

/// <summary>One scored indicator of a points table (创新型中小企业): the points earned and how to reach the next band.</summary>
public sealed record ScoreLine(string Group, string Indicator, string Actual, int Points, int MaxPoints, string Advice, bool Missing);

public enum TierVerdict
{
    /// <summary>The firm already holds the title (a valid tag).</summary>
    Held,
    /// <summary>Every condition is met (or a direct condition is).</summary>
    Qualified,
    /// <summary>Some conditions are not met; <see cref="TierCheck.Unmet"/> says how many.</summary>
    NotYet,
}

/// <summary>
/// A firm against one tier. <see cref="Lines"/> must all hold; any one of <see cref="Alternatives"/> (直通条件)
/// qualifies on its own. <see cref="Unmet"/> counts the lines not met (0 when qualified).
/// </summary>
public sealed record TierCheck(Tier Tier, string Name, TierVerdict Verdict, int Unmet, IReadOnlyList<TierLine> Lines,
    IReadOnlyList<TierLine> Alternatives, IReadOnlyList<ScoreLine> Scores, string Summary)
{
    public bool Qualifies => Verdict != TierVerdict.NotYet;

    internal static TierCheck Of(Tier tier, bool held, IReadOnlyList<TierLine> lines, IReadOnlyList<TierLine> alternatives,
        IReadOnlyList<ScoreLine> scores, string? caveat = null)
    {
        var direct = alternatives.FirstOrDefault(a => a.Met);
        var unmet = direct is null ? lines.Count(l => !l.Met) : 0;
        var verdict = held ? TierVerdict.Held : unmet == 0 ? TierVerdict.Qualified : TierVerdict.NotYet;
        var name = TierNames.Of(tier);
        var summary = verdict switch
        {
            TierVerdict.Held => $"已认定为{name}",
            TierVerdict.Qualified when direct is not null => $"满足直通条件（{direct.Condition}），可申报{name}",
            TierVerdict.Qualified => $"各项条件均已满足，可申报{name}",
            _ => $"有 {unmet} 项条件未满足：" + string.Join("；", lines.Where(l => !l.Met).Select(l => l.Gap)),
        };
        if (caveat is not null)
        {
            summary += $"。{caveat}";
        }
        return new TierCheck(tier, name, verdict, held ? lines.Count(l => !l.Met) : unmet, lines, alternatives, scores, summary);
    }
}

/// <summary>Chinese names of the tiers as the ladder pages and exports show them.</summary>
public static class TierNames
{
    public static string Of(Tier tier) => tier switch
    {
        Tier.InnovativeSme => "创新型中小企业",
        Tier.Specialized => "专精特新中小企业",
        Tier.LittleGiant => "专精特新“小巨人”企业",
        Tier.HighTech => "高新技术企业",
    };
}
