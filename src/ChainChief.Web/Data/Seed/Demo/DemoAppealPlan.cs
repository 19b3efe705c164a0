using ChainChief.Web.Features.Appeals;

namespace ChainChief.Web.Data.Seed.Demo;

/// <summary>How a demo appeal's story goes: finished ones over the last five months, and one or more in every open state.</summary>
public enum DemoOutcome
{
    // Finished.
    // (Whether a finished one was answered late or reopened first depends on its department's profile.)
    Satisfied, ClosedByOffice, TransferredThenSatisfied, Withdrawn, ExtendedThenSatisfied,
    // Open now.
    JustFiled, SignInOverdue, SignedIn, Assigned, InProgress, Overdue1, Overdue4, Overdue6, Replied, WithdrawalRequested,
    ExtensionPending, Returned, Reopened,
}

/// <summary>The demo's appeals: what firms ask for by category, who handles it, and how each department tends to perform.</summary>
public static class DemoAppealPlan
{
    public static readonly (AppealCategory Category, string Department, string Title, string Description)[] Topics =
    [
        (AppealCategory.Labor, "人力资源和社会保障局", "用工缺口：急需熟练焊工和装配工", "订单增加，本地招工困难，希望协助组织专场招聘并对接职业院校。"),
        (AppealCategory.Labor, "人力资源和社会保障局", "新招员工岗前培训补贴如何申领", "今年新招员工60人，想了解岗前培训补贴的条件和申领流程。"),
        (AppealCategory.Land, "自然资源和规划局", "扩建用地：需新增工业用地20亩", "二期生产线已定，现有厂区无法容纳，希望在园区内协调相邻地块。"),
        (AppealCategory.Land, "自然资源和规划局", "厂房不动产权证办理缓慢", "厂房竣工验收已半年，不动产权证仍未办下，影响抵押融资。"),
        (AppealCategory.Energy, "发展和改革委员会", "新增用电负荷需扩容变压器", "新上两条生产线，需将变压器由800kVA扩容至2000kVA。"),
        (AppealCategory.Energy, "发展和改革委员会", "天然气供应价格与保供", "冬季用气高峰供应不稳，希望协调稳定供气并明确价格。"),
        (AppealCategory.Finance, "地方金融管理局", "流动资金贷款续贷困难", "一笔800万元贷款下月到期，银行收紧授信，希望协调续贷。"),
        (AppealCategory.Finance, "地方金融管理局", "申请应急转贷资金", "贷款到期与续贷之间有20天空档，申请使用应急转贷资金。"),
        (AppealCategory.Logistics, "交通运输局", "园区道路货车限行影响发货", "园区主干道限行时段与发货时间冲突，希望调整通行时段。"),
        (AppealCategory.Approval, "行政审批服务局", "新建项目环评与能评审批进度", "项目已备案，环评、能评审批时间较长，希望并联办理。"),
        (AppealCategory.Approval, "行政审批服务局", "食品生产许可证变更", "新增生产车间，需变更食品生产许可证，希望提供上门指导。"),
        (AppealCategory.Policy, "财政局", "技改补助资金何时拨付", "去年技改项目已通过验收，补助资金尚未拨付。"),
        (AppealCategory.Policy, "科学技术局", "高新技术企业认定辅导", "计划今年申报高新技术企业，希望提供认定条件辅导。"),
        (AppealCategory.Market, "商务局", "希望参加外贸展会拓展订单", "产品有出口潜力，希望组织参加广交会并给予展位补贴。"),
        (AppealCategory.Market, "商务局", "对接本地链主企业配套", "希望进入本地链主企业的供应商名录，获得配套订单。"),
        (AppealCategory.Other, "市场监督管理局", "产品检验检测周期长", "新产品送检排队时间长，影响上市，希望开通绿色通道。"),
    ];

    /// <summary>The department a category's problems usually go to.</summary>
    public static string DepartmentFor(AppealCategory category) => Topics.First(t => t.Category == category).Department;

    /// <summary>Per department: share of replies that run late, share of firms unhappy with the first answer.</summary>
    public static (double Late, double Unhappy) Profile(string department) => department switch
    {
        "人力资源和社会保障局" => (0.05, 0.05),
        "自然资源和规划局" => (0.45, 0.30),
        "发展和改革委员会" => (0.20, 0.10),
        "地方金融管理局" => (0.25, 0.25),
        "行政审批服务局" => (0.10, 0.05),
        _ => (0.15, 0.12),
    };

    public static readonly string[] Replies =
    [
        "已会同相关单位现场办公，问题已协调解决，具体事项已电话告知企业。",
        "已按政策完成审核，相关手续已办结，请企业留意短信通知。",
        "已组织专题协调会，明确了责任单位和完成时限，将持续跟踪。",
        "经核实，已为企业开通绿色通道，预计一周内完成。",
    ];

    public static readonly string[] Unhappy = ["问题仅部分解决，仍影响正常生产。", "答复未明确时间节点，希望给出具体办理时限。"];

    /// <summary>The open appeals: one of every open state, two of the busiest.</summary>
    public static readonly DemoOutcome[] Open =
    [
        DemoOutcome.JustFiled, DemoOutcome.SignInOverdue, DemoOutcome.SignedIn, DemoOutcome.Assigned, DemoOutcome.Assigned, DemoOutcome.InProgress,
        DemoOutcome.InProgress, DemoOutcome.Overdue1, DemoOutcome.Overdue4, DemoOutcome.Overdue6, DemoOutcome.Replied, DemoOutcome.Replied,
        DemoOutcome.WithdrawalRequested, DemoOutcome.ExtensionPending, DemoOutcome.Returned, DemoOutcome.Reopened,
    ];
}
