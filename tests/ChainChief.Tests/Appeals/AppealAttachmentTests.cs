using System.Net;
using System.Net.Http.Json;
using System.Text;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Features.Appeals;
using static ChainChief.Tests.Appeals.AppealCalls;

namespace ChainChief.Tests.Appeals;

/// <summary>Files on history rows: sent with the filing or a step, listed on the step, downloadable by whoever sees the appeal,
/// and refused (with nothing written) when the type, size or count is wrong.</summary>
public abstract class AppealAttachmentTests(AppFixture fixture) : AppTests(fixture)
{
    private static AttachmentUpload File(string name, string text) => new() { FileName = name, Content = Encoding.UTF8.GetBytes(text) };

    [Fact]
    public async Task Files_sent_with_the_filing_and_a_step_are_on_their_history_rows_and_download_for_those_who_see_the_appeal()
    {
        using var firm = await App.ClientAsAsync("firm");
        using var office = await App.ClientAsAsync("office");
        using var dept = await App.ClientAsAsync("dept");
        var filed = await firm.PostAsJsonAsync("/api/appeals", new AppealInput
        {
            Category = AppealCategory.Land, Title = "厂区排水管网破损", Description = "见现场照片。",
            Attachments = [File("现场照片.jpg", "jpeg-bytes"), File("情况说明.pdf", "%PDF-1.7 说明")],
        }, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var id = int.Parse(filed.Headers.Location!.ToString().Split('/').Last());
        await OkAsync(office, id, AppealAction.SignIn, new AppealStep { Note = "已签收", Attachments = [File("..\\..\\签收单.docx", "docx")] });

        var detail = await GetAsync(firm, id);
        Assert.Equal(["现场照片.jpg", "情况说明.pdf"], detail.History[0].Attachments.Select(f => f.FileName));
        Assert.Equal(["签收单.docx"], detail.History[1].Attachments.Select(f => f.FileName));
        var pdf = detail.History[0].Attachments[1];
        Assert.Equal(Encoding.UTF8.GetByteCount("%PDF-1.7 说明"), pdf.Size);

        var download = await office.GetAsync($"/api/appeals/{id}/attachments/{pdf.Id}", Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("%PDF-1.7 说明", Encoding.UTF8.GetString(await download.Content.ReadAsByteArrayAsync(Ct)));
        Assert.Equal("情况说明.pdf", download.Content.Headers.ContentDisposition!.FileNameStar);
        // The department sees it (and its files) only once it is assigned; the file must also belong to this appeal.
        Assert.Equal(HttpStatusCode.NotFound, (await dept.GetAsync($"/api/appeals/{id}/attachments/{pdf.Id}", Ct)).StatusCode);
        await OkAsync(office, id, AppealAction.Assign, new AppealStep { DepartmentId = await DepartmentOfDeptAsync(office, id) });
        Assert.Equal(HttpStatusCode.OK, (await dept.GetAsync($"/api/appeals/{id}/attachments/{pdf.Id}", Ct)).StatusCode);
        var other = await FileAsync(firm, "另一件诉求");
        Assert.Equal(HttpStatusCode.NotFound, (await firm.GetAsync($"/api/appeals/{other}/attachments/{pdf.Id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_wrong_type_an_empty_file_or_too_many_files_is_refused_with_the_file_named_and_the_step_not_taken()
    {
        using var firm = await App.ClientAsAsync("firm");
        using var office = await App.ClientAsAsync("office");
        var id = await FileAsync(firm);
        var exe = await StepAsync(office, id, AppealAction.SignIn, new AppealStep { Attachments = [File("说明.pdf", "ok"), File("工具.exe", "MZ")] });
        Assert.Equal(HttpStatusCode.BadRequest, exe.StatusCode);
        Assert.Contains("附件“工具.exe”的类型不支持", await exe.Content.ReadAsStringAsync(Ct));
        var empty = await StepAsync(office, id, AppealAction.SignIn, new AppealStep { Attachments = [new AttachmentUpload { FileName = "空白.pdf" }] });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("附件“空白.pdf”是空文件", await empty.Content.ReadAsStringAsync(Ct));
        var hidden = await StepAsync(office, id, AppealAction.SignIn, new AppealStep { Attachments = [File("报告\u202Efdp.exe", "x")] });
        Assert.Equal(HttpStatusCode.BadRequest, hidden.StatusCode);
        Assert.Contains("文件名含有不可见字符", await hidden.Content.ReadAsStringAsync(Ct));
        var noContent = await office.PostAsync($"/api/appeals/{id}/SignIn", new StringContent(
            $$"""{"version":{{(await GetAsync(office, id)).Version}},"attachments":[{"fileName":"a.pdf","content":null}]}""", Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noContent.StatusCode);
        var total = await StepAsync(office, id, AppealAction.SignIn, new AppealStep
        {
            Attachments = [.. Enumerable.Range(1, 3).Select(i => new AttachmentUpload { FileName = $"扫描{i}.pdf", Content = new byte[7 * 1024 * 1024] })],
        });
        Assert.Equal(HttpStatusCode.BadRequest, total.StatusCode);
        Assert.Contains("附件合计不能超过20MB", await total.Content.ReadAsStringAsync(Ct));
        var six = await StepAsync(office, id, AppealAction.SignIn, new AppealStep { Attachments = [.. Enumerable.Range(1, 6).Select(i => File($"{i}.png", "png"))] });
        Assert.Equal(HttpStatusCode.BadRequest, six.StatusCode);
        Assert.Contains("每次最多上传5个附件", await six.Content.ReadAsStringAsync(Ct));
        var big = await firm.PostAsJsonAsync("/api/appeals", new AppealInput
        {
            Title = "大文件", Description = "超过10MB", Attachments = [new AttachmentUpload { FileName = "扫描件.pdf", Content = new byte[AppealAttachments.MaxFileBytes + 1] }],
        }, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, big.StatusCode);
        Assert.Contains("附件“扫描件.pdf”超过10MB", await big.Content.ReadAsStringAsync(Ct));

        var detail = await GetAsync(office, id);
        Assert.Equal(AppealState.Submitted, detail.State);
        Assert.Single(detail.History);
        Assert.Empty(detail.History[0].Attachments);
    }
}

[Collection("sqlite")]
public sealed class SqliteAppealAttachmentTests(SqliteApp app) : AppealAttachmentTests(app);

[Collection("postgres")]
public sealed class PostgresAppealAttachmentTests(PostgresApp app) : AppealAttachmentTests(app);
