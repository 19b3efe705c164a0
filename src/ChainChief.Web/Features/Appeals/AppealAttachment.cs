using ChainChief.Web.Infrastructure.Errors;

namespace ChainChief.Web.Features.Appeals;

/// <summary>
/// A file attached to one step of an appeal's history (a photo of the site, the department's written reply, a permit).
/// Stored in the database with the step, so the step and its files are written or refused together (docs/decisions/004).
/// </summary>
public sealed class AppealAttachment
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public byte[] Content { get; set; } = [];
}

/// <summary>A file sent with a step: its name and bytes (base64 in JSON).</summary>
public sealed class AttachmentUpload
{
    public string FileName { get; set; } = "";
    public byte[] Content { get; set; } = [];
}

/// <summary>What may be attached: office documents, PDF/OFD, images, text and archives; at most 5 files, 10 MB each, 20 MB together.</summary>
public static class AppealAttachments
{
    public const int MaxFiles = 5;
    public const long MaxFileBytes = 10 * 1024 * 1024;
    public const long MaxTotalBytes = 20 * 1024 * 1024;

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".ofd"] = "application/ofd",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".doc"] = "application/msword",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xls"] = "application/vnd.ms-excel",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".wps"] = "application/vnd.ms-works",
        [".et"] = "application/vnd.ms-excel",
        [".txt"] = "text/plain",
        [".zip"] = "application/zip",
    };

    /// <summary>The accept list for a file picker.</summary>
    public static string Accept => string.Join(',', Types.Keys);

    /// <summary>Checks the files and turns them into rows; the first bad file is named in a field error.</summary>
    public static List<AppealAttachment> From(IReadOnlyList<AttachmentUpload>? uploads)
    {
        if (uploads is null or { Count: 0 })
        {
            return [];
        }
        const string field = nameof(AppealStep.Attachments);
        if (uploads.Count > MaxFiles)
        {
            throw new InputException(field, $"每次最多上传{MaxFiles}个附件");
        }
        if (uploads.Any(u => u?.Content is null))
        {
            throw new InputException(field, "附件须有文件名和内容");
        }
        if (uploads.Sum(u => (long)u.Content.Length) > MaxTotalBytes)
        {
            throw new InputException(field, "附件合计不能超过20MB");
        }
        return uploads.Select(u =>
        {
            // Only the name: no folders (either slash), no control or direction-override characters.
            var name = Path.GetFileName((u.FileName ?? "").Replace('\\', '/')).Trim();
            if (name.Length is 0 or > 200)
            {
                throw new InputException(field, "附件须有文件名（不超过200个字）");
            }
            if (name.Any(c => char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')))
            {
                throw new InputException(field, $"附件“{new string([.. name.Where(c => !char.IsControl(c))])}”的文件名含有不可见字符，请改名后上传");
            }
            if (!Types.TryGetValue(Path.GetExtension(name), out var type))
            {
                throw new InputException(field, $"附件“{name}”的类型不支持，请上传 PDF、OFD、图片、Word、Excel、WPS、文本或 ZIP 文件");
            }
            if (u.Content.Length == 0)
            {
                throw new InputException(field, $"附件“{name}”是空文件");
            }
            if (u.Content.Length > MaxFileBytes)
            {
                throw new InputException(field, $"附件“{name}”超过10MB");
            }
            return new AppealAttachment { FileName = name, ContentType = type, Size = u.Content.Length, Content = u.Content };
        }).ToList();
    }
}
