using ChainChief.Web.Features.Investment;
using ChainChief.Web.Features.Notifications;
using ChainChief.Web.Features.Projects;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Data.Seed.Demo;

/// <summary>
/// The demo's investment desk (DOMAIN §6), written by the real use cases on the demo clock: outside firms to attract for
/// the gaps of each chain's map, leads in every stage (some quiet long enough to be escalated), and projects at every
/// stage with their dates and monthly funds — one confidential, one terminated, one revived. The last chain signs
/// nothing this year, so the cockpit has a chain to flag. All names end in （示例）.
/// </summary>
public static class DemoInvestmentSeeder
{
    /// <summary>Headquarters of the demo targets: real division codes (深圳、苏州、杭州、广州、上海、北京、成都、西安).</summary>
    private static readonly string[] Headquarters = ["4403", "3205", "3301", "4401", "3101", "1101", "5101", "6101"];

    private static readonly string[] Prefixes = ["华瑞", "中科", "鼎盛", "恒通", "博远", "海创", "长风", "信达", "天衡", "锦程", "汇川", "启明"];

    public sealed record Result(int Targets, int Leads, int Projects);

    public static async Task<Result> SeedAsync(AppDbContextFactory dbs, ReferenceData reference, DemoActors actors, DateTime now, CancellationToken ct)
    {
        var clock = new DemoClock(now);
        var office = actors.Office;
        List<(int Id, string Name)> chains;
        Dictionary<int, List<(int Id, string Name, string Codes)>> gaps;
        await using (var db = dbs.CreateDbContext())
        {
            chains = [.. (await db.Chains.Where(c => c.RegionCode == "6109" && c.ParentId == null).OrderBy(c => c.SortOrder).Select(c => new { c.Id, c.Name }).ToListAsync(ct))
                .Select(c => (c.Id, c.Name))];
            var ids = chains.Select(c => c.Id).ToList();
            gaps = (await db.ChainNodes.Where(n => ids.Contains(n.ChainId) && n.IndustryCodes != "" && !db.NodeFirms.Any(f => f.NodeId == n.Id)
                    && !db.ChainNodes.Any(child => child.ParentId == n.Id)).OrderBy(n => n.SortOrder).Select(n => new { n.ChainId, n.Id, n.Name, n.IndustryCodes }).ToListAsync(ct))
                .GroupBy(n => n.ChainId).ToDictionary(g => g.Key, g => g.Select(n => (n.Id, n.Name, n.IndustryCodes)).ToList());
        }
        var rules = new TargetRules(reference);
        var saveTarget = new SaveTargetFirm(dbs, rules);
        var saveLead = new SaveLead(dbs, reference, clock);
        var act = new ActOnLead(dbs, clock);
        var create = new CreateProject(dbs, new ProjectRules(reference), clock);
        var convert = new ConvertLeadToProject(dbs, create, clock);
        var advance = new AdvanceProject(dbs, clock);
        var funding = new RecordFunding(dbs, clock);
        var today = DateOnly.FromDateTime(now.ToChinaTime());
        var (targets, leads, projects) = (0, 0, 0);
        for (var c = 0; c < chains.Count; c++)
        {
            var (chainId, chainName) = chains[c];
            var nodes = gaps.GetValueOrDefault(chainId) ?? [];
            var chainTargets = new List<(int Id, int NodeId, string Name)>();
            foreach (var (node, n) in nodes.Take(3).Select((node, n) => (node, n)))
            {
                for (var k = 0; k < 2; k++)
                {
                    var i = c * 6 + n * 2 + k;
                    var name = $"{Prefixes[i % Prefixes.Length]}{node.Name.Replace("、", "")}{(k == 0 ? "股份有限公司" : "集团有限公司")}（示例）";
                    var code = node.Codes.Split(',')[0].Trim();
                    var id = await saveTarget.CreateAsync(new TargetFirmInput
                    {
                        Name = name, HqRegionCode = Headquarters[i % Headquarters.Length], IndustryCode = code, Tier = (TargetTier)(i % 5),
                        Priority = (TargetPriority)(i % 3), Source = k == 0 ? "链主企业推荐" : "行业协会名录", ChainId = chainId, NodeIds = k == 0 ? [node.Id] : [],
                        RegionCode = "6109",
                    }, office, ct);
                    chainTargets.Add((id, node.Id, name));
                    targets++;
                }
            }
            // Leads: the chain's first targets, each left at a different stage and quiet for a different time.
            var stories = new (LeadStage Stage, int QuietDays)[]
            {
                (LeadStage.FollowingUp, 3), (LeadStage.Assessed, 20), (LeadStage.Screened, 40), (LeadStage.Dropped, 10), (LeadStage.Collected, 1), (LeadStage.Pushed, 8),
            };
            foreach (var (target, s) in chainTargets.Take(c % 2 == 0 ? 4 : 3).Select((t, s) => (t, s)))
            {
                var (stage, quiet) = stories[(s + c) % stories.Length];
                leads++;
                var (leadId, version) = await LeadAsync(saveLead, act, clock, office, chainId, target, stage, today.AddDays(-quiet - 10), quiet, ct);
                if (c == 0 && s == 0)
                {
                    // The first chain's most advanced lead became a project this month.
                    clock.Minutes(-60);
                    var draft = (await convert.DraftAsync(leadId, office, ct))!;
                    (draft.CountyCode, draft.TotalInvestment, draft.FixedAssetInvestment) = ("610902", 20_000m, 16_000m);
                    await convert.HandleAsync(leadId, draft, version, office, ct);
                    projects++;
                }
            }
            clock.Minutes(0);
            // Projects: amounts spread over the three service levels; the last chain has signed nothing this year.
            var signedThisYear = c < chains.Count - 1;
            var year = signedThisYear ? today.Year : today.Year - 1;
            var plans = new (string What, ProjectStage Stage, decimal Total, int SignMonth)[]
            {
                ("年产5000吨扩能项目", ProjectStage.Operating, 12_000m + c * 1_500m, 1),
                ("智能制造基地项目", ProjectStage.Started, 60_000m + c * 5_000m, 3),
                ("产业园二期项目", ProjectStage.Signed, 150_000m, Math.Min(today.Month, 5)),
                ("配套加工项目", ProjectStage.Negotiating, 3_000m + c * 200m, 0),
            };
            foreach (var (plan, p) in plans.Take(c == 0 ? 4 : 3).Select((plan, p) => (plan, p)))
            {
                var signed = plan.SignMonth == 0 ? (DateOnly?)null : new DateOnly(year, Math.Min(plan.SignMonth, signedThisYear ? today.Month : 12), 10);
                var node = nodes.Count > 0 ? nodes[p % nodes.Count].Id : (int?)null;
                var county = (string[])["610902", "610921", "610922", "610923", "610924", "610925", "610926", "610927", "610929", "610981"];
                var input = new ProjectInput
                {
                    Name = $"{chainName.Split('（')[0]}{plan.What}（示例）", InvestorName = $"{Prefixes[(c + p + 5) % Prefixes.Length]}实业集团有限公司（示例）",
                    ChainId = chainId, NodeId = node, Action = (ChainAction)((c + p) % 4), CountyCode = county[(c + p) % county.Length], HostPark = "安康高新技术产业开发区",
                    LandParcel = $"AK-{year}-{c + 1:00}{p + 1:00}", LandAreaMu = Math.Round(plan.Total / 400m, 1), TotalInvestment = plan.Total,
                    FixedAssetInvestment = Math.Round(plan.Total * 0.8m), ResponsibleLeader = "分管副市长", Stage = plan.Stage, SignedOn = signed,
                    StartedOn = signed?.AddMonths(2) is { } s && s <= today ? s : null, OperatingOn = signed?.AddMonths(7) is { } o && o <= today ? o : null,
                    IsConfidential = c == 1 && p == 1, CodeName = c == 1 && p == 1 ? "B-01项目" : null,
                };
                input.Stage = Reachable(input, plan.Stage);
                var id = await create.HandleAsync(input, office, ct);
                projects++;
                if (signed is { } from)
                {
                    await FundAsync(funding, office, id, from, today, plan.Total * 0.6m, ct);
                }
            }
            if (c == 3)
            {
                // Long finished: signed two years ago and at full production since last year.
                var signed = today.AddMonths(-26);
                var done = await create.HandleAsync(new ProjectInput
                {
                    Name = $"{chainName.Split('（')[0]}新材料产业化项目（示例）", InvestorName = "宏业新材料股份有限公司（示例）", ChainId = chainId, Action = ChainAction.Strengthen,
                    CountyCode = "610902", HostPark = "安康高新技术产业开发区", LandAreaMu = 120m, TotalInvestment = 45_000m, FixedAssetInvestment = 38_000m,
                    Stage = ProjectStage.FullProduction, SignedOn = signed, StartedOn = signed.AddMonths(2), OperatingOn = signed.AddMonths(10), FullProductionOn = signed.AddMonths(20),
                }, office, ct);
                await FundAsync(funding, office, done, signed, today, 45_000m, ct);
                projects++;
            }
            if (c == 4)
            {
                // Planned and ended: a project still being designed, and one the investor gave up.
                await create.HandleAsync(new ProjectInput
                {
                    Name = $"{chainName.Split('（')[0]}检测认证中心项目（示例）", InvestorName = "国检科技有限公司（示例）", ChainId = chainId, Action = ChainAction.Build,
                    CountyCode = "610902", TotalInvestment = 5_000m, FixedAssetInvestment = 3_000m, Stage = ProjectStage.Planning,
                }, office, ct);
                var ended = await create.HandleAsync(new ProjectInput
                {
                    Name = $"{chainName.Split('（')[0]}零部件配套项目（示例）", InvestorName = "远航机械有限公司（示例）", ChainId = chainId, Action = ChainAction.Fill,
                    CountyCode = "610924", TotalInvestment = 9_000m, FixedAssetInvestment = 7_000m, Stage = ProjectStage.Signed, SignedOn = today.AddMonths(-9),
                }, office, ct);
                await StageAsync(dbs, advance, office, ended, ProjectStage.Terminated, today.AddMonths(-3), "投资方战略调整，放弃在安康投资", ct);
                projects += 2;
            }
            if (c == 2)
            {
                // A project that stalled and was revived with a new investor.
                var stopped = await create.HandleAsync(new ProjectInput
                {
                    Name = $"{chainName.Split('（')[0]}精深加工项目（示例）", InvestorName = "盛和食品有限公司（示例）", ChainId = chainId, Action = ChainAction.Extend,
                    CountyCode = "610923", TotalInvestment = 8_000m, FixedAssetInvestment = 6_000m, Stage = ProjectStage.Signed, SignedOn = today.AddMonths(-10),
                }, office, ct);
                await StageAsync(dbs, advance, office, stopped, ProjectStage.Terminated, today.AddMonths(-6), "投资方资金链断裂，项目停建", ct);
                await StageAsync(dbs, advance, office, stopped, ProjectStage.Revitalized, today.AddMonths(-2), "引入新的投资方接续建设，用地和厂房整体承接", ct);
                projects++;
            }
        }
        clock.Minutes(0);
        await DemoContractSeeder.SeedAsync(dbs, clock, office, today, ct);
        // Escalations of the quiet leads, as the scheduler would have fired them.
        await new EscalateStalledLeads(dbs, new Notifier(clock)).RunPassAsync(now, ct);
        return new Result(targets, leads, projects);
    }

    private static ProjectStage Reachable(ProjectInput input, ProjectStage wanted) =>
        wanted == ProjectStage.Operating && input.OperatingOn is null ? (input.StartedOn is null ? ProjectStage.Signed : ProjectStage.Started)
        : wanted == ProjectStage.Started && input.StartedOn is null ? ProjectStage.Signed
        : wanted;

    /// <summary>Opens a lead, moves it to its stage over the days before its last activity, and returns its id and version.</summary>
    private static async Task<(int Id, int Version)> LeadAsync(SaveLead save, ActOnLead act, DemoClock clock, Actor office, int chainId, (int Id, int NodeId, string Name) target,
        LeadStage stage, DateOnly opened, int quietDays, CancellationToken ct)
    {
        clock.At(opened, 10);
        var id = await save.CreateAsync(new LeadInput
        {
            Title = $"{target.Name.Replace("（示例）", "")}来安考察落地", TargetFirmId = target.Id, ChainId = chainId, NodeId = target.NodeId, RegionCode = "6109",
            ResponsibleLeader = "分管副市长", EstimatedInvestment = 20_000m, NextStep = "赴总部拜访", NextStepOn = opened.AddDays(14),
        }, office, ct);
        var path = new[] { LeadStage.Screened, LeadStage.Assessed, LeadStage.Pushed, LeadStage.FollowingUp };
        var steps = stage == LeadStage.Dropped ? 2 : Array.IndexOf(path, stage) + 1;
        var activity = DateOnly.FromDateTime(clock.RealNow.ToChinaTime()).AddDays(-quietDays);
        var gap = Math.Max(1, (activity.DayNumber - opened.DayNumber) / (steps + 1));
        for (var s = 0; s < steps; s++)
        {
            clock.At(opened.AddDays(gap * (s + 1)), 15);
            await act.HandleAsync(id, new ActOnLead.Request(ActOnLead.Action.Advance, s == 0 ? "已核实企业扩张计划与本地配套条件" : "已向链长办专题汇报", null, null, s), office, ct);
        }
        clock.At(activity, 16);
        await act.HandleAsync(id, stage == LeadStage.Dropped
            ? new ActOnLead.Request(ActOnLead.Action.Drop, "企业已选择在长三角布局，暂无西部投资计划", null, null, steps)
            : new ActOnLead.Request(ActOnLead.Action.Note, "电话回访，企业正在内部论证选址", "邀请来安考察", activity.AddDays(20), steps), office, ct);
        return (id, steps + 1);
    }

    private static async Task FundAsync(RecordFunding funding, Actor office, int projectId, DateOnly from, DateOnly today, decimal total, CancellationToken ct)
    {
        var months = Enumerable.Range(0, 24).Select(m => Periods.Of(from.AddMonths(m))).TakeWhile(p => p <= Periods.Of(today)).ToList();
        foreach (var period in months)
        {
            await funding.HandleAsync(projectId, new RecordFunding.Request(period, Math.Round(total / months.Count)), office, ct);
        }
    }

    private static async Task StageAsync(AppDbContextFactory dbs, AdvanceProject advance, Actor office, int projectId, ProjectStage to, DateOnly on, string note, CancellationToken ct)
    {
        await using var db = dbs.CreateDbContext();
        var version = await db.Projects.Where(p => p.Id == projectId).Select(p => p.Version).SingleAsync(ct);
        await advance.HandleAsync(projectId, new AdvanceProject.Request(to, on, note, version), office, ct);
    }
}
