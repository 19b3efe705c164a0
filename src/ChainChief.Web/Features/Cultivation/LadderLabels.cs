namespace ChainChief.Web.Features.Cultivation;

/// <summary>Chinese labels for the ladder's enums, as pages and exports show them.</summary>
public static class LadderLabels
{
    public static string Of(ScaleReason r) => r switch
    {
        ScaleReason.Reached => "已达规上标准",
        ScaleReason.Near => "接近规上标准",
        ScaleReason.Rising => "按趋势12个月内达标",
        ScaleReason.Fallen => "已低于规上标准",
        ScaleReason.Falling => "按趋势将跌破标准",
    };

    public static string Of(LadderGoalKind k) => k switch
    {
        LadderGoalKind.NetNewAboveScale => "净增规上工业企业",
        LadderGoalKind.NewInnovativeSme => "新增创新型中小企业",
        LadderGoalKind.NewSpecialized => "新增专精特新中小企业",
        LadderGoalKind.NewLittleGiant => "新增专精特新“小巨人”企业",
        LadderGoalKind.NewHighTech => "新增高新技术企业",
    };

    public static string Of(TierVerdict v) => v switch
    {
        TierVerdict.Held => "已认定",
        TierVerdict.Qualified => "符合条件",
        TierVerdict.NotYet => "尚未符合",
    };

    public static string Of(LineState s) => s switch
    {
        LineState.Met => "满足",
        LineState.Unmet => "未满足",
        LineState.Missing => "未填报",
    };

    public static string Of(MainProductIp ip) => ip switch
    {
        MainProductIp.None => "无",
        MainProductIp.ClassTwo => "Ⅱ类知识产权",
        MainProductIp.ClassOne => "Ⅰ类知识产权",
        MainProductIp.ClassOneSelfDeveloped => "自主研发Ⅰ类知识产权",
        MainProductIp.ClassOneHighValue => "Ⅰ类高价值知识产权",
    };
}
