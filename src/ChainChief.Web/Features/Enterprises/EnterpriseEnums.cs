namespace ChainChief.Web.Features.Enterprises;

/// <summary>规上 / 规下: above-scale means ≥ 2000万元 main-business revenue (the statistics bureau decides).</summary>
public enum EnterpriseScale
{
    BelowScale,
    AboveScale,
}

/// <summary>经营状态: 在营 / 停产 / 迁出 / 注销.</summary>
public enum OperatingStatus
{
    Operating,
    Suspended,
    MovedOut,
    Deregistered,
}

/// <summary>Titles a firm holds for a period (龙头, 链主, 专精特新 …).</summary>
public enum EnterpriseTagKind
{
    Leading,
    ChainOwner,
    Specialized,
    LittleGiant,
    HighTech,
    TechSme,
    InnovativeSme,
    /// <summary>国家级科技奖励 (national S&amp;T award): policies pay for it (seed 002: 100万).</summary>
    NationalScienceAward,
    /// <summary>省级科技奖励 (provincial S&amp;T award): seed 002 pays 50万.</summary>
    ProvincialScienceAward,
}

/// <summary>Chinese labels as used in the registry, the import template and exports.</summary>
public static class EnterpriseLabels
{
    public static string Of(EnterpriseScale s) => s switch
    {
        EnterpriseScale.AboveScale => "规上",
        EnterpriseScale.BelowScale => "规下",
    };

    public static string Of(OperatingStatus s) => s switch
    {
        OperatingStatus.Operating => "在营",
        OperatingStatus.Suspended => "停产",
        OperatingStatus.MovedOut => "迁出",
        OperatingStatus.Deregistered => "注销",
    };

    public static string Of(EnterpriseTagKind t) => t switch
    {
        EnterpriseTagKind.Leading => "龙头企业",
        EnterpriseTagKind.ChainOwner => "链主企业",
        EnterpriseTagKind.Specialized => "专精特新",
        EnterpriseTagKind.LittleGiant => "专精特新小巨人",
        EnterpriseTagKind.HighTech => "高新技术企业",
        EnterpriseTagKind.TechSme => "科技型中小企业",
        EnterpriseTagKind.InnovativeSme => "创新型中小企业",
        EnterpriseTagKind.NationalScienceAward => "国家级科技奖励",
        EnterpriseTagKind.ProvincialScienceAward => "省级科技奖励",
    };

    public static EnterpriseScale? ParseScale(string? text) =>
        Enum.GetValues<EnterpriseScale>().Cast<EnterpriseScale?>().FirstOrDefault(s => Of(s!.Value) == text?.Trim());

    public static OperatingStatus? ParseStatus(string? text) =>
        Enum.GetValues<OperatingStatus>().Cast<OperatingStatus?>().FirstOrDefault(s => Of(s!.Value) == text?.Trim());
}
