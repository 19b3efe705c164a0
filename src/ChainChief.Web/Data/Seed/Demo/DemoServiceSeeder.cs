using ChainChief.Web.Features.Appeals;
using ChainChief.Web.Features.Service;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Data.Seed.Demo;

/// <summary>
/// 包联 in the demo: the 链长办 looks after the chain-owner firms and the 汉滨区 officer a set of its firms; each was visited
/// on its tier's rhythm over the last seven months, some are now overdue, one was never visited. About one visit in four
/// found a problem; older ones were filed as appeals from the visit and handled, recent ones wait to be converted.
/// </summary>
public sealed class DemoServiceSeeder(AppDbContextFactory dbs, DemoClock clock, DemoActors actors, Liaisons liaisons, RecordVisit record, DemoAppealSeeder appeals, Random random)
{
    private static readonly string[] Summaries =
    [
        "与企业负责人座谈，了解生产经营、订单和用工情况，企业运行总体平稳。",
        "实地查看生产线，企业新产品已进入试产，产能利用率约八成。",
        "电话回访前期问题办理情况，企业表示满意。",
        "参加企业季度经营分析会，了解上下游配套需求。",
    ];

    private static readonly (AppealCategory Category, string Text)[] Problems =
    [
        (AppealCategory.Labor, "技术工人流失较多，希望协助招聘并开展技能培训"),
        (AppealCategory.Energy, "夏季用电高峰限电影响连续生产，希望协调有序用电方案"),
        (AppealCategory.Finance, "应收账款周期长，流动资金紧张，希望对接供应链金融"),
        (AppealCategory.Logistics, "原料运输成本上升，希望协调物流园区集中配送"),
        (AppealCategory.Land, "计划扩建仓储，需要协调周边闲置土地"),
    ];

    public async Task<int> SeedAsync(IReadOnlyList<int> owners, IReadOnlyList<int> countyFirms, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.RealNow.AddHours(8));
        var assignedOn = today.AddDays(-210);
        var plan = owners.Select(id => (Id: id, Liaison: actors.Office, Cadence: 30))
            .Concat(countyFirms.Select((id, i) => (Id: id, Liaison: actors.County, Cadence: i % 4 == 3 ? 180 : 90)))
            .ToList();
        var visits = 0;
        for (var i = 0; i < plan.Count; i++)
        {
            var (firm, liaison, cadence) = plan[i];
            clock.At(assignedOn, 10);
            await liaisons.AssignAsync(firm, new Liaisons.AssignRequest(liaison.UserId), actors.Office, ct);
            if (i == plan.Count - 1)
            {
                continue; // assigned, never visited: due from the day of assignment
            }
            // Every fifth firm has slipped: its last visit is well past its cadence.
            var lastVisit = today.AddDays(-(i % 5 == 0 ? cadence + 10 + random.Next(20) : random.Next(3, cadence - 2)));
            var dates = new List<DateOnly>();
            for (var on = lastVisit; on > assignedOn; on = on.AddDays(-(cadence - random.Next(cadence / 5))))
            {
                dates.Add(on);
            }
            foreach (var on in Enumerable.Reverse(dates)) // oldest first, as they happened
            {
                await VisitAsync(firm, liaison, on, today, ct);
                visits++;
            }
        }
        clock.Reset();
        return visits;
    }

    private async Task VisitAsync(int firm, Infrastructure.Auth.Actor liaison, DateOnly on, DateOnly today, CancellationToken ct)
    {
        on = appeals.OnOrBefore(on);
        var problem = random.Next(4) == 0 ? Problems[random.Next(Problems.Length)] : ((AppealCategory Category, string Text)?)null;
        // Problems found more than two months ago were filed as appeals and handled; recent ones wait for the officer.
        var file = problem is not null && on < today.AddDays(-60);
        var filedAt = clock.At(on, 15, random.Next(50));
        var id = await record.HandleAsync(new VisitInput
        {
            EnterpriseId = firm, VisitedOn = on, Kind = (VisitKind)random.Next(3), Summary = Summaries[random.Next(Summaries.Length)],
            Expansion = (ExpansionPlan)(random.Next(6) switch { < 3 => 0, < 5 => 1, _ => 2 }),
            ExpansionNote = random.Next(4) == 0 ? "计划明年新增一条自动化生产线，投资约3000万元" : null,
            LeavingRisk = random.Next(12) == 0 ? RiskLevel.Medium : RiskLevel.None,
            ShrinkingRisk = (RiskLevel)(random.Next(10) switch { < 7 => 0, < 9 => 1, _ => 2 }),
            RiskNote = random.Next(8) == 0 ? "主要客户订单下滑，企业考虑压缩一条生产线" : null,
            Problems = problem is { } p ? [new ProblemInput { Category = p.Category, Description = p.Text, FileAsAppeal = file }] : [],
        }, liaison, ct);
        if (file)
        {
            await using var db = dbs.CreateDbContext();
            var appealId = await db.VisitProblems.Where(p => p.VisitId == id).Select(p => p.AppealId!.Value).SingleAsync(ct);
            await appeals.ProgressAsync(appealId, firm, DemoAppealPlan.DepartmentFor(problem!.Value.Category), DemoOutcome.Satisfied,
                DateOnly.FromDateTime(filedAt.AddHours(8)), filedAt);
        }
    }
}
