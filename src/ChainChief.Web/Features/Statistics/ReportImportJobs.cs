using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using ChainChief.Web.Infrastructure.Jobs;

namespace ChainChief.Web.Features.Statistics;

/// <summary>
/// Uploads of the statistics table as background jobs, so an officer can leave the page while a province's file is read,
/// checked and written, and come back to its progress and result. A file whose only problems are warnings stays with its
/// job until it is confirmed (imported again with confirm) or the job is dropped.
/// </summary>
public sealed class ReportImportJobs(BackgroundJobs jobs)
{
    public const string Kind = "statistics-import";

    private sealed record Upload(byte[] Content, string FileName);

    public Job<ImportReports.Result> Start(byte[] content, string fileName, bool confirm, Actor actor)
    {
        if (!ReportValidator.CanSubmit(actor))
        {
            throw new AccessDeniedException("您的角色不能报送统计数据");
        }
        return jobs.Start<ImportReports.Result>(Kind, actor.UserId, fileName, async (services, job, ct) =>
        {
            var progress = job.ProgressOf<ReportProgress>(p => new JobProgress(p.Stage.ToString(), p.Done, p.Total));
            var result = await services.GetRequiredService<ImportReports>().HandleAsync(new MemoryStream(content), fileName, confirm, actor, progress, ct);
            if (result.NeedsConfirmation)
            {
                job.Payload = new Upload(content, fileName);
            }
            return result;
        });
    }

    /// <summary>Imports a job's file again with its warnings confirmed, as a new job.</summary>
    public Job<ImportReports.Result> Confirm(Guid jobId, Actor actor)
    {
        if (Find(jobId, actor) is not { Payload: Upload upload } job)
        {
            throw new BusinessRuleException("import-gone", "该导入已不在等待确认，请重新选择文件导入");
        }
        job.Payload = null;
        return Start(upload.Content, upload.FileName, confirm: true, actor);
    }

    public static bool AwaitsConfirmation(Job job) => job.Payload is Upload;

    /// <summary>The actor's recent uploads, newest first.</summary>
    public IReadOnlyList<Job<ImportReports.Result>> Recent(Actor actor) => [.. jobs.Of(Kind, actor.UserId).OfType<Job<ImportReports.Result>>()];

    public Job<ImportReports.Result>? Find(Guid id, Actor actor) => jobs.Find(id, actor.UserId) as Job<ImportReports.Result>;
}
