using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Infrastructure.Errors;

/// <summary>The one place where exceptions become ProblemDetails.</summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        ProblemDetails? problem = exception switch
        {
            InputException e => new ValidationProblemDetails(e.Errors) { Status = 400, Title = "输入有误" },
            AccessDeniedException e => new ProblemDetails { Status = 403, Title = "无权操作", Detail = e.Message },
            BusinessRuleException e => new ProblemDetails
            {
                Status = 409, Title = "操作被拒绝", Detail = e.Message, Extensions = { ["code"] = e.Code },
            },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = 409, Title = "操作被拒绝", Detail = new ConcurrencyConflictException().Message,
                Extensions = { ["code"] = "concurrency" },
            },
            BadHttpRequestException e => new ProblemDetails { Status = e.StatusCode, Title = "请求格式有误", Detail = e.Message },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new() { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }
}
