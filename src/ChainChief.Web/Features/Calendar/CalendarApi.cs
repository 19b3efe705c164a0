using System.Security.Claims;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainChief.Web.Features.Calendar;

/// <summary>The working-day calendar (节假日与调休): read by everyone signed in, edited by the 链长办.</summary>
public static class CalendarApi
{
    public static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.AddOptions<CalendarOptions>().BindConfiguration(CalendarOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services.AddSingleton<CalendarProvider>().AddSingleton<CalendarSeeder>().AddScoped<ManageCalendar>().AddScoped<ComputeDeadline>();
    }

    public static void MapCalendarApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/calendar").WithTags("Calendar").RequireAuthorization();

        api.MapGet("/{year:int}", (int year, ManageCalendar h, CancellationToken ct) => h.ListAsync(year, ct))
            .WithSummary("某年的放假日与调休上班日，及全年工作日数");

        api.MapGet("/deadline", (DateTime receivedAt, int days, ComputeDeadline h, CancellationToken ct) => h.HandleAsync(receivedAt, days, ct))
            .WithSummary("按工作日计算办理时限：receivedAt 收到时间（下班后或非工作日收到顺延至下一工作日），days 工作日数（0 为当日办结）");

        api.MapPut("/days/{date}", async (DateOnly date, CalendarDayInput input, ManageCalendar h, ClaimsPrincipal user, CancellationToken ct) =>
                TypedResults.Ok(await h.SaveAsync(date, input, Actor.From(user), ct)))
            .RequireAuthorization(Policies.ManageCalendar).WithSummary("设置某日为放假日或调休上班日（date 为 yyyy-MM-dd）");

        api.MapDelete("/days/{date}", async Task<Results<NoContent, NotFound>> (DateOnly date, ManageCalendar h, ClaimsPrincipal user, CancellationToken ct) =>
                await h.DeleteAsync(date, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ManageCalendar).WithSummary("删除某日的特殊安排，恢复为普通周一至周五上班");
    }
}
