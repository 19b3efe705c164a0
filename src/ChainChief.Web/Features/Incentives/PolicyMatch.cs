namespace ChainChief.Web.Features.Incentives;

/// <summary>What started a matching run.</summary>
public enum MatchTrigger
{
    /// <summary>An officer asked for it.</summary>
    Manual,
    /// <summary>Monthly statistics were written (upload, self-report, API).</summary>
    Statistics,
    /// <summary>A policy was published or changed.</summary>
    PolicyChange,
}

/// <summary>One matching run over a region's firms and policies in force (政策找人), with what it found and how long it took.</summary>
public sealed class MatchRun
{
    public int Id { get; set; }
    public string RegionCode { get; set; } = "";
    /// <summary>The day rules and parameters are read on; figures are those of the year before it.</summary>
    public DateOnly AsOf { get; set; }
    public MatchTrigger Trigger { get; set; }
    public string StartedBy { get; set; } = "";
    public DateTime StartedAt { get; set; }
    public DateTime FinishedAt { get; set; }
    public int Firms { get; set; }
    public int Policies { get; set; }
    /// <summary>Eligible (policy, firm) pairs after the run.</summary>
    public int Matches { get; set; }
    /// <summary>Pairs found for the first time (the firms told).</summary>
    public int NewMatches { get; set; }
    /// <summary>Pairs no longer eligible.</summary>
    public int Dropped { get; set; }
    public decimal TotalAmount { get; set; }
}

/// <summary>
/// A firm found eligible for a policy on one year's figures (<see cref="Year"/>): the revision that decided it, the
/// amount it would get and how that is computed. Kept when a later run no longer finds it (<see cref="Current"/> false),
/// so an award or application made on it keeps its ground, and found again when the firm qualifies once more.
/// </summary>
public sealed class PolicyMatch
{
    public long Id { get; set; }
    public int PolicyId { get; set; }
    public int RevisionId { get; set; }
    public int EnterpriseId { get; set; }
    /// <summary>The year whose figures were used (上年度).</summary>
    public int Year { get; set; }
    public string CountyCode { get; set; } = "";
    /// <summary>万元.</summary>
    public decimal Amount { get; set; }
    /// <summary>How the amount is computed ("上年度研发费用 1200 万元 × 5% = 60 万元").</summary>
    public string Benefit { get; set; } = "";
    /// <summary>Milestones this amount pays for (thresholds, ";"-separated), recorded on the award so each is paid once.</summary>
    public string Milestones { get; set; } = "";
    /// <summary>A hash of the revision, amount, benefit text and milestones (<see cref="MatchFingerprint"/>): a run compares it instead of reading the text back.</summary>
    public long Fingerprint { get; set; }
    public bool Current { get; set; }
    /// <summary>The run that first found it.</summary>
    public int FirstRunId { get; set; }
    public DateTime FoundAt { get; set; }
    /// <summary>The run that last changed it (a run that finds it unchanged writes nothing).</summary>
    public int RunId { get; set; }
}

/// <summary>
/// A stable 64-bit FNV-1a hash of what a match says (revision, amount, benefit text, milestones) — the same in every
/// process, unlike <see cref="string.GetHashCode()"/> — so a run can tell an unchanged match from its hash alone.
/// </summary>
public static class MatchFingerprint
{
    public static long Of(PolicyMatch m)
    {
        var hash = 14695981039346656037UL;
        void Add(string text)
        {
            foreach (var c in text)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }
            hash = (hash ^ '|') * 1099511628211UL;
        }
        Add(m.RevisionId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(m.Amount.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture));
        Add(m.Benefit);
        Add(m.Milestones);
        return unchecked((long)hash);
    }
}
