using ChainChief.Web.Data;
using ChainChief.Web.Features.Calendar;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using static ChainChief.Web.Infrastructure.Excel.ExcelWorkbook;

namespace ChainChief.Web.Features.Appeals;

/// <summary>
/// Department scorecards for a year, month by month, over the appeals the actor may see (a department sees its own, a
/// county officer its county's); each row leads to that department's appeals.
/// </summary>
public sealed class GetScorecards(IDbContextFactory<AppDbContext> dbs, CalendarProvider calendars, TimeProvider clock)
{
    public sealed record Query
    {
        public int? Year { get; init; }
        /// <summary>1–12; empty: every month of the year plus the year's total per department.</summary>
        public int? Month { get; init; }
    }

    public sealed record Line(int DepartmentId, string DepartmentName, int? Month, int Assigned, int Replied, int OnTime, double? OnTimeRate,
        double? AvgWorkingDays, int Rated, int Satisfied, double? SatisfactionRate, int Reopened, double? ReopenRate);

    public sealed record Result(int Year, int? Month, IReadOnlyList<Line> Lines);

    public async Task<Result> HandleAsync(Query query, Actor actor, CancellationToken ct)
    {
        var year = query.Year ?? clock.Today().Year;
        if (query.Month is < 1 or > 12 || year is < 2000 or > 2100)
        {
            throw new Infrastructure.Errors.InputException(nameof(query.Month), "请选择正确的年份和月份");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        // Steps from a year earlier too: an appeal assigned in December and answered in January counts in January.
        var from = new DateTime(year - 1, 1, 1).FromChinaTime();
        var to = new DateTime(year + 1, 1, 1).FromChinaTime();
        var appeals = db.Appeals.AsNoTracking().VisibleTo(actor).Where(a => a.SubmittedAt >= from && a.SubmittedAt < to).Select(a => a.Id);
        var steps = await db.AppealEvents.AsNoTracking().Where(e => appeals.Contains(e.AppealId) && e.Action != null)
            .Select(e => new DepartmentScorecard.Step(e.AppealId, e.Action, e.At, e.DepartmentId, e.Deadline)).ToListAsync(ct);
        var calendar = await calendars.GetAsync(ct);
        var own = actor.IsAny(Roles.Admin, Roles.ChainOffice, Roles.ChainChief, Roles.County) ? null : actor.DepartmentId;
        IEnumerable<ScorecardRow> Rows(bool byYear, Func<int, bool> inPeriod) =>
            DepartmentScorecard.Compute(steps, calendar, byYear).Where(r => inPeriod(r.Month) && (own is null || r.DepartmentId == own));
        var names = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        Line ToLine(ScorecardRow r, int? month) => new(r.DepartmentId, names.GetValueOrDefault(r.DepartmentId, "?"), month, r.Assigned, r.Replied, r.OnTime,
            r.OnTimeRate, r.AvgWorkingDays, r.Rated, r.Satisfied, r.SatisfactionRate, r.Reopened, r.ReopenRate);
        if (query.Month is { } m)
        {
            return new Result(year, m, [.. Rows(false, p => p == year * 100 + m).Select(r => ToLine(r, m)).OrderByDescending(l => l.Replied).ThenBy(l => l.DepartmentId)]);
        }
        // Every month of the year, and the year itself tallied as one period.
        var months = Rows(false, p => p / 100 == year).Select(r => ToLine(r, r.Month % 100));
        var total = Rows(true, p => p == year).Select(r => ToLine(r, null));
        return new Result(year, null, [.. months.Concat(total).OrderBy(l => l.DepartmentId).ThenBy(l => l.Month ?? 13)]);
    }

    public async Task<byte[]> ExportAsync(Query query, Actor actor, CancellationToken ct)
    {
        var result = await HandleAsync(query, actor, ct);
        var rows = result.Lines.Select(l => Row(("部门", l.DepartmentName), ("月份", l.Month is { } m ? $"{result.Year}年{m}月" : $"{result.Year}年合计"),
            ("交办件数", l.Assigned), ("答复件数", l.Replied), ("按期答复", l.OnTime), ("按期答复率(%)", l.OnTimeRate), ("平均办理工作日", l.AvgWorkingDays),
            ("评价件数", l.Rated), ("满意", l.Satisfied), ("满意率(%)", l.SatisfactionRate), ("不满意重办", l.Reopened), ("重办率(%)", l.ReopenRate)));
        return await WriteSheetAsync("部门考评", rows, ct);
    }
}
