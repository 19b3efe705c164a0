using System.Net;
using System.Net.Http.Json;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Features.Calendar;
using Microsoft.Extensions.DependencyInjection;

namespace ChainChief.Tests.Calendar;

/// <summary>The calendar as data: shipped years, officials' edits changing deadlines, validation, 409 and reseeding.</summary>
public abstract class CalendarApiTests(AppFixture fixture) : AppTests(fixture)
{
    [Fact]
    public async Task The_shipped_2026_arrangement_is_in_the_database()
    {
        using var dept = await App.ClientAsAsync("dept");
        var year = await (await dept.GetAsync("/api/calendar/2026", Ct)).ReadAsync<ManageCalendar.Year>();
        Assert.True(year.Covered);
        Assert.Equal((33, 6, 248), (year.Holidays, year.Workdays, year.WorkingDays));
        Assert.Contains(year.Days, d => d.Date == new DateOnly(2026, 2, 14) && d.Kind == CalendarDayKind.Workday && d.Name == "春节调休上班");
    }

    [Fact]
    public async Task A_day_off_entered_by_the_office_moves_the_deadline_and_can_be_removed()
    {
        using var office = await App.ClientAsAsync("office");
        async Task<DateTime> Deadline() => (await (await office.GetAsync("/api/calendar/deadline?receivedAt=2030-03-04T09:00:00&days=3", Ct))
            .ReadAsync<ComputeDeadline.Result>()).Deadline;
        Assert.Equal(new DateTime(2030, 3, 7, 17, 30, 0), await Deadline()); // Mon → Thu
        var put = await office.PutAsJsonAsync("/api/calendar/days/2030-03-06", new CalendarDayInput { Kind = CalendarDayKind.Holiday, Name = "地方假日" }, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(new DateTime(2030, 3, 8, 17, 30, 0), await Deadline());
        Assert.Equal(HttpStatusCode.NoContent, (await office.DeleteAsync("/api/calendar/days/2030-03-06", Ct)).StatusCode);
        Assert.Equal(new DateTime(2030, 3, 7, 17, 30, 0), await Deadline());
        Assert.Equal(HttpStatusCode.NotFound, (await office.DeleteAsync("/api/calendar/days/2030-03-06", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_working_weekday_marked_as_adjusted_workday_is_refused_with_a_reason()
    {
        using var office = await App.ClientAsAsync("office");
        var response = await office.PutAsJsonAsync("/api/calendar/days/2030-04-03", new CalendarDayInput { Kind = CalendarDayKind.Workday, Name = "调休" }, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("2030-04-03是工作日，调休上班日应为周六或周日", await response.Content.ReadAsStringAsync(Ct));
        var noName = await office.PutAsJsonAsync("/api/calendar/days/2030-04-06", new CalendarDayInput { Kind = CalendarDayKind.Workday, Name = "" }, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        Assert.Contains("请填写节假日名称", await noName.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Two_officers_editing_the_same_day_the_second_gets_409()
    {
        using var office = await App.ClientAsAsync("office");
        var first = await (await office.PutAsJsonAsync("/api/calendar/days/2030-05-06", new CalendarDayInput { Kind = CalendarDayKind.Holiday, Name = "甲" }, TestData.Json, Ct))
            .ReadAsync<ManageCalendar.Row>();
        var a = await office.PutAsJsonAsync("/api/calendar/days/2030-05-06", new CalendarDayInput { Kind = CalendarDayKind.Holiday, Name = "乙", Version = first.Version }, TestData.Json, Ct);
        var b = await office.PutAsJsonAsync("/api/calendar/days/2030-05-06", new CalendarDayInput { Kind = CalendarDayKind.Holiday, Name = "丙", Version = first.Version }, TestData.Json, Ct);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict), (a.StatusCode, b.StatusCode));
        var year = await (await office.GetAsync("/api/calendar/2030", Ct)).ReadAsync<ManageCalendar.Year>();
        Assert.Equal("乙", year.Days.Single(d => d.Date == new DateOnly(2030, 5, 6)).Name);
    }

    [Fact]
    public async Task Only_the_office_and_admin_edit_and_a_removed_shipped_day_stays_removed_after_reseeding()
    {
        using var county = await App.ClientAsAsync("county");
        var refused = await county.PutAsJsonAsync("/api/calendar/days/2030-06-03", new CalendarDayInput { Kind = CalendarDayKind.Holiday, Name = "x" }, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var admin = await App.ClientAsAsync("admin");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/calendar/days/2025-10-11", Ct)).StatusCode);
        try
        {
            Assert.Equal(0, await App.Services.GetRequiredService<CalendarSeeder>().SeedAsync(Ct));
            var year = await (await admin.GetAsync("/api/calendar/2025", Ct)).ReadAsync<ManageCalendar.Year>();
            Assert.DoesNotContain(year.Days, d => d.Date == new DateOnly(2025, 10, 11));
        }
        finally
        {
            await admin.PutAsJsonAsync("/api/calendar/days/2025-10-11", new CalendarDayInput { Kind = CalendarDayKind.Workday, Name = "国庆节调休上班" }, TestData.Json, Ct);
        }
    }
}

[Collection("sqlite")]
public sealed class SqliteCalendarApiTests(SqliteApp app) : CalendarApiTests(app);

[Collection("postgres")]
public sealed class PostgresCalendarApiTests(PostgresApp app) : CalendarApiTests(app);
