namespace ChainChief.Web.Data.Seed.Demo;

/// <summary>The fixed shape of the demo city: its chains (named in the founding speeches), their industries, departments.</summary>
internal static class DemoCityPlan
{
    /// <summary>Chain name → GB/T 4754 code prefixes whose 小类 its firms are drawn from.</summary>
    public static readonly (string Name, string[] Industries)[] Chains =
    [
        ("电子线束（信息）", ["3831", "3670", "3989", "3982", "3829", "3824"]),
        ("毛绒玩具（毛玩文创）", ["245", "1762", "2439"]),
        ("富硒食品", ["13", "14", "153"]),
        ("新型材料", ["266", "30", "32", "292"]),
        ("装备制造", ["34", "35", "36"]),
        ("生物医药", ["27"]),
        ("清洁能源", ["441", "384"]),
        ("纺织服装", ["17", "18"]),
        ("光电", ["3975", "3976", "3825", "3874"]),
    ];

    public static readonly string[] CityDepartments =
        ["经济和信息化局（链长办）", "发展和改革委员会", "商务局", "科学技术局", "财政局", "自然资源和规划局", "市场监督管理局", "统计局",
         "人力资源和社会保障局", "地方金融管理局", "交通运输局", "行政审批服务局"];

    public static readonly string[] NameWords =
        ["恒达", "华兴", "汉江", "秦巴", "瀛湖", "安泰", "金川", "鑫源", "宏远", "瑞丰", "天硒", "富民", "长青", "兴业", "博创",
         "泰和", "永盛", "凤凰", "丰源", "中科", "盛达", "新锐", "德润", "欣荣", "佳禾", "明珠", "嘉鸿", "锦程", "翔宇", "晶达"];

    public static readonly string[] Suffixes = ["有限公司", "有限责任公司", "股份有限公司", "科技有限公司", "实业有限公司"];

    /// <summary>Relative weight of each county in firm counts; the central district is the largest.</summary>
    public static int Weight(string countyCode) => countyCode.EndsWith("02", StringComparison.Ordinal) ? 5 : countyCode.EndsWith("81", StringComparison.Ordinal) ? 3 : 2;
}
