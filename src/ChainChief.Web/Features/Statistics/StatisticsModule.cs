namespace ChainChief.Web.Features.Statistics;

public static class StatisticsModule
{
    /// <summary>Statistics services. Reactions to written reports register as <see cref="IReportsWritten"/>.</summary>
    public static IServiceCollection AddStatistics(this IServiceCollection services)
    {
        services.AddSingleton<StatisticsVersion>();
        services.AddSingleton<IReportsWritten>(sp => sp.GetRequiredService<StatisticsVersion>());
        return services;
    }
}
