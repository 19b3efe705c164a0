namespace ChainChief.Web.Features.Statistics;

/// <summary>The stages of a submission, in order; the page names them in the user's language.</summary>
public enum ReportStage
{
    /// <summary>Reading the uploaded file (rows read so far, total not known).</summary>
    Reading,
    /// <summary>Loading the firms and their stored months.</summary>
    Loading,
    Validating,
    Writing,
}

/// <summary>Progress of a submission: stage, done and total rows.</summary>
public sealed record ReportProgress(ReportStage Stage, int Done, int Total);
