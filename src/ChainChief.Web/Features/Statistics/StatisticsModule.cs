namespace ChainChief.Web.Features.Statistics;

public static class StatisticsModule
{
    /// <summary>Statistics services. Reactions to written reports register as <see cref="IReportsWritten"/>.</summary>
    public static IServiceCollection AddStatistics(this IServiceCollection services)
    {
        services.AddSingleton<StatisticsVersion>();
        services.AddSingleton<IReportsWritten>(sp => sp.GetRequiredService<StatisticsVersion>());
        services.AddScoped<ReportLedgerReader>().AddScoped<ReportWriter>().AddScoped<SubmitReports>()
            .AddScoped<ImportReports>().AddScoped<SubmitReportsByApi>().AddScoped<GetReportTemplate>()
            .AddScoped<ListReports>().AddScoped<ExportReports>().AddScoped<GetFirmReports>()
            .AddScoped<ListStatPeriods>().AddScoped<ChangePeriodState>();
        services.AddSingleton<ReportImportJobs>();
        return services;
    }
}
