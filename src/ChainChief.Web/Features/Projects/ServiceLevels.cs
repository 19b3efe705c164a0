using ChainChief.Web.Features.Investment;

namespace ChainChief.Web.Features.Projects;

/// <summary>The service level a project's size earns (DOMAIN §6), on the 链长办's editable thresholds (万元, inclusive).</summary>
public static class ServiceLevels
{
    public static ServiceLevel Of(decimal totalInvestment, InvestmentSettings settings) =>
        totalInvestment >= settings.TaskForceFrom ? ServiceLevel.TaskForce
        : totalInvestment >= settings.CommissionerFrom ? ServiceLevel.Commissioner
        : ServiceLevel.Attendant;
}
