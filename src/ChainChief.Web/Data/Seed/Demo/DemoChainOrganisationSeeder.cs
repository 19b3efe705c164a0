using ChainChief.Web.Features.Chains;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Data.Seed.Demo;

/// <summary>
/// The demo chains' organisation (chiefs, departments, parks, chain owners, innovation bodies, alliance), a three-year
/// plan, this year's key tasks (some overdue, some done) and meetings whose decisions became tasks. People and bodies
/// are marked 示例, like the firms.
/// </summary>
internal static class DemoChainOrganisationSeeder
{
    private static readonly (string Chief, string Position, string Executive, string[] Responsible, string[] Bodies)[] Plan =
    [
        ("陈志远（示例）", "市委常委、常务副市长", "经济和信息化局（链长办）", ["商务局", "发展和改革委员会", "科学技术局"], ["安康学院电子信息工程学院（示例）", "市电子线束检测公共服务平台（示例）"]),
        ("林晓华（示例）", "副市长", "商务局", ["经济和信息化局（链长办）", "市场监督管理局"], ["市毛绒玩具设计研发中心（示例）"]),
        ("赵振邦（示例）", "副市长", "发展和改革委员会", ["经济和信息化局（链长办）", "市场监督管理局", "科学技术局"], ["富硒食品开发国家地方联合工程实验室（示例）", "市富硒产品检测中心（示例）"]),
        ("孙德明（示例）", "副市长", "经济和信息化局（链长办）", ["自然资源和规划局", "科学技术局"], ["新型材料工程技术研究中心（示例）"]),
        ("周海峰（示例）", "副市长", "经济和信息化局（链长办）", ["发展和改革委员会", "财政局"], ["装备制造产业创新服务平台（示例）"]),
        ("吴静怡（示例）", "副市长", "科学技术局", ["市场监督管理局", "经济和信息化局（链长办）"], ["秦巴中药材研究院（示例）"]),
        ("郑国栋（示例）", "副市长", "发展和改革委员会", ["经济和信息化局（链长办）", "自然资源和规划局"], ["清洁能源技术研究中心（示例）"]),
        ("王丽萍（示例）", "副市长", "经济和信息化局（链长办）", ["商务局", "财政局"], ["纺织服装技能培训基地（示例）"]),
        ("冯晨阳（示例）", "副市长", "经济和信息化局（链长办）", ["科学技术局", "商务局"], ["光电产业技术服务中心（示例）"]),
    ];

    private static readonly string[] TaskTitles =
    [
        "编制产业链招商图谱和招商清单", "开展链主企业走访，梳理断点堵点问题清单", "组织产业链上下游供需对接会", "推动重点项目开工建设",
        "落实惠企政策兑现，开展政策进企业宣讲", "建设产业链人才培训基地", "完成规上企业培育入库任务",
    ];

    private static readonly string[] Decisions = ["梳理链上企业用工需求，组织专场招聘会", "协调解决重点企业物流成本问题", "研究制定产业链招商奖励办法"];

    public static async Task SeedAsync(AppDbContext db, IReadOnlyList<int> chainIds, DateOnly today, CancellationToken ct)
    {
        var departments = await db.Departments.Where(d => d.RegionCode == "6109").ToDictionaryAsync(d => d.Name.Replace("安康市", ""), d => d.Id, ct);
        if (departments.Count == 0)
        {
            return; // the province-scale demo has no city departments
        }
        var chains = await db.Chains.Where(c => chainIds.Contains(c.Id)).OrderBy(c => c.SortOrder).ToListAsync(ct);
        for (var i = 0; i < chains.Count && i < Plan.Length; i++)
        {
            var (chain, plan) = (chains[i], Plan[i]);
            chain.ExecutiveDepartmentId = departments[plan.Executive];
            chain.Members.Add(new ChainMember { Role = ChainMemberRole.Chief, Name = plan.Chief, Position = plan.Position });
            chain.Members.Add(new ChainMember { Role = ChainMemberRole.TaskForce, Name = $"专班联络员{i + 1:00}（示例）", Position = plan.Executive, SortOrder = 1 });
            chain.ResponsibleDepartments.AddRange(plan.Responsible.Select(r => new ChainDepartment { DepartmentId = departments[r] }));
            var placed = await (from f in db.NodeFirms
                                join e in db.Enterprises on f.EnterpriseId equals e.Id
                                where f.ChainId == chain.Id
                                select new { e.Id, e.Name, e.Park, f.Role }).ToListAsync(ct);
            var parks = placed.Where(p => p.Park is not null).GroupBy(p => p.Park!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(3);
            chain.Parties.AddRange(parks.Select((g, n) => new ChainParty { Kind = ChainPartyKind.HostPark, Name = g.Key, SortOrder = n }));
            var owners = placed.Where(p => p.Role != NodeFirmRole.Supporting).OrderBy(p => p.Role).ThenBy(p => p.Id).DistinctBy(p => p.Id).Take(2);
            chain.Parties.AddRange(owners.Select((o, n) => new ChainParty { Kind = ChainPartyKind.ChainOwner, Name = o.Name, EnterpriseId = o.Id, SortOrder = n }));
            chain.Parties.AddRange(plan.Bodies.Select((b, n) => new ChainParty { Kind = ChainPartyKind.InnovationBody, Name = b, SortOrder = n }));
            chain.Parties.AddRange(placed.DistinctBy(p => p.Id).Take(4).Select((p, n) => new ChainParty { Kind = ChainPartyKind.AllianceMember, Name = p.Name, SortOrder = n }));
            AddWork(db, chain, plan.Executive, [.. plan.Responsible.Append(plan.Executive).Select(d => departments[d])], i, today);
        }
        await db.SaveChangesAsync(ct);
    }

    private static void AddWork(AppDbContext db, Chain chain, string executive, int[] owners, int index, DateOnly today)
    {
        db.ChainPlans.Add(new ChainPlan
        {
            ChainId = chain.Id, Title = $"{chain.Name}产业链三年行动计划（{today.Year}—{today.Year + 2}年）", StartYear = today.Year, EndYear = today.Year + 2,
            ApprovedOn = new DateOnly(today.Year, 3, 15),
            Content = $"目标：到{today.Year + 2}年，{chain.Name}产业链规上企业数量和产值实现倍增，本地配套率明显提升。\n"
                + "措施：一是绘制产业链图谱，明确断点、薄弱点和空白点；二是开展精准招商，补齐关键环节；三是培育链主和专精特新企业；"
                + $"四是强化要素保障和政策支持。执行链长部门：{executive}。",
        });
        // Deadlines relative to today: two overdue, one done, the rest ahead.
        int[] offsets = [-75, -20, -40, 35, 100];
        ChainTaskStatus[] statuses = [ChainTaskStatus.InProgress, ChainTaskStatus.NotStarted, ChainTaskStatus.Done, ChainTaskStatus.InProgress, ChainTaskStatus.NotStarted];
        for (var t = 0; t < offsets.Length; t++)
        {
            var deadline = today.AddDays(offsets[t] + index);
            var task = new ChainTask
            {
                ChainId = chain.Id, Year = deadline.Year, Title = TaskTitles[(index + t) % TaskTitles.Length], OwnerDepartmentId = owners[(index + t) % owners.Length],
                Deadline = deadline, Status = statuses[t], CompletedOn = statuses[t] == ChainTaskStatus.Done ? deadline.AddDays(-3) : null,
            };
            if (statuses[t] != ChainTaskStatus.NotStarted)
            {
                task.Notes.Add(new ChainTaskNote { ChainId = chain.Id, Text = statuses[t] == ChainTaskStatus.Done ? "已完成，资料已归档。" : "已召开专题会，正在推进。", At = deadline.AddDays(-10).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc), By = "demo" });
            }
            db.ChainTasks.Add(task);
        }
        var meeting = new ChainMeeting
        {
            ChainId = chain.Id, Kind = MeetingKind.Coordination, Title = $"{chain.Name}产业链协调推进会", HeldOn = today.AddDays(-45 + index),
            Location = "市政府第一会议室", Chair = chain.Members[0].Name, Attendees = $"{executive}、各责任部门、各县（市、区）分管负责同志、链主企业代表",
            Summary = "听取产业链推进情况汇报，研究解决链上企业反映的突出问题。",
        };
        meeting.Decisions.AddRange(Decisions
            .Select((text, n) => new MeetingDecision { ChainId = chain.Id, Text = text, SortOrder = n }));
        db.ChainMeetings.Add(meeting);
        db.ChainMeetings.Add(new ChainMeeting
        {
            ChainId = chain.Id, Kind = MeetingKind.Interview, Title = "项目推进滞后约谈", HeldOn = today.AddDays(-12 + index),
            Chair = chain.Members[0].Name, Attendees = "项目业主单位、属地县区政府、责任部门", Summary = "约谈项目建设进度滞后的企业和属地，明确整改时限。",
        });
    }
}
