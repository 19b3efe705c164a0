using System.Globalization;
using Microsoft.Extensions.Localization;

namespace ChainChief.Web.Features.Incentives.Pages;

/// <summary>How the policy pages write amounts (万元), rates and the labels of the incentive enums, through the shared resources.</summary>
public static class IncentiveText
{
    public static string Money(this IStringLocalizer l, decimal amount) =>
        string.Format(CultureInfo.CurrentCulture, l["{0} 10k yuan"], amount.ToString("#,0.##", CultureInfo.CurrentCulture));

    public static string Rate(this IStringLocalizer l, decimal? rate) => rate is { } r ? r.ToString("0.#", CultureInfo.CurrentCulture) + "%" : l["n/a"];

    public static string Of(this IStringLocalizer l, PolicyMode mode) => l[$"PolicyMode.{mode}"];

    public static string Of(this IStringLocalizer l, PolicyStatus status) => l[$"PolicyStatus.{status}"];

    public static string Of(this IStringLocalizer l, AwardStatus status) => l[$"AwardStatus.{status}"];

    public static string Of(this IStringLocalizer l, BatchStatus status) => l[$"BatchStatus.{status}"];

    public static string Of(this IStringLocalizer l, ApplicationStatus status) => l[$"ApplicationStatus.{status}"];

    public static string Of(this IStringLocalizer l, BenefitKind kind) => l[$"BenefitKind.{kind}"];

    public static string Of(this IStringLocalizer l, MatchTrigger trigger) => l[$"MatchTrigger.{trigger}"];
}
