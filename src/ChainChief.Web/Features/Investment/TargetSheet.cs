namespace ChainChief.Web.Features.Investment;

/// <summary>The columns of the target-firm workbook: export, template and import share them.</summary>
public static class TargetSheet
{
    public const string SheetName = "目标招商企业";
    public const string Name = "企业名称";
    public const string Hq = "总部所在地";
    public const string Industry = "行业代码";
    public const string Tier = "企业类型";
    public const string Priority = "优先级";
    public const string Chain = "产业链";
    public const string Nodes = "拟补环节";
    public const string Source = "来源";
    public const string Contact = "联系方式";
    public const string Notes = "备注";

    public static readonly string[] Columns = [Name, Hq, Industry, Tier, Priority, Chain, Nodes, Source, Contact, Notes];

    /// <summary>The sheet column a field's error belongs in.</summary>
    public static string ColumnOf(string field) => field switch
    {
        nameof(TargetFirmInput.Name) => Name,
        nameof(TargetFirmInput.HqRegionCode) => Hq,
        nameof(TargetFirmInput.IndustryCode) => Industry,
        nameof(TargetFirmInput.Tier) => Tier,
        nameof(TargetFirmInput.Priority) => Priority,
        nameof(TargetFirmInput.ChainId) or nameof(TargetFirmInput.RegionCode) => Chain,
        nameof(TargetFirmInput.NodeIds) => Nodes,
        nameof(TargetFirmInput.Source) => Source,
        nameof(TargetFirmInput.Contact) => Contact,
        _ => Notes,
    };

    /// <summary>Node names in a cell, separated by 、，, or ;.</summary>
    public static IReadOnlyList<string> SplitNames(string cell) =>
        cell.Split(['、', '，', ',', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
