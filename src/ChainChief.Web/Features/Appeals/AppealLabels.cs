namespace ChainChief.Web.Features.Appeals;

/// <summary>Chinese names as the 链长办 writes them (exports, API texts, history).</summary>
public static class AppealLabels
{
    public static string Of(AppealCategory c) => c switch
    {
        AppealCategory.Labor => "用工",
        AppealCategory.Land => "用地",
        AppealCategory.Energy => "用能",
        AppealCategory.Finance => "融资",
        AppealCategory.Logistics => "物流",
        AppealCategory.Approval => "审批",
        AppealCategory.Policy => "政策",
        AppealCategory.Market => "市场",
        AppealCategory.Other => "其他",
    };

    public static string Of(AppealClass c) => c switch
    {
        AppealClass.Consultation => "咨询类",
        AppealClass.General => "一般类",
        AppealClass.Complex => "复杂类",
        AppealClass.Major => "重大类",
    };
}
