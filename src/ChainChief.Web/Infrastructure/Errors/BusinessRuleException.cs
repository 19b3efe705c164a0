namespace ChainChief.Web.Infrastructure.Errors;

/// <summary>A business rule refused the operation (409). The message is shown to users and is in Chinese.</summary>
public class BusinessRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>The input is well-formed but wrong against stored data, e.g. an unknown division code (400).</summary>
public sealed class InputException(IDictionary<string, string[]> errors)
    : Exception(string.Join("；", errors.SelectMany(e => e.Value)))
{
    public InputException(string field, string message) : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public IDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>The actor may see the data but not do this to it (403).</summary>
public sealed class AccessDeniedException(string message) : Exception(message);

/// <summary>Someone else saved the record first (409).</summary>
public sealed class ConcurrencyConflictException()
    : BusinessRuleException("concurrency", "数据已被他人修改，请刷新后重试。");
