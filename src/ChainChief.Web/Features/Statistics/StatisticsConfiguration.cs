using ChainChief.Web.Features.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChainChief.Web.Features.Statistics;

public sealed class MonthlyReportConfiguration : IEntityTypeConfiguration<MonthlyReport>
{
    public void Configure(EntityTypeBuilder<MonthlyReport> b)
    {
        b.HasIndex(x => new { x.EnterpriseId, x.Period }).IsUnique();
        b.HasIndex(x => x.Period);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.InputKind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(16);
        foreach (var p in new[] { "Output", "Revenue", "Profit", "Tax", "ElectricityKwh10k", "RnD", "ValueAdded" })
        {
            b.Property(p).HasPrecision(18, 2);
            b.Property(p + "Ytd").HasPrecision(18, 2);
        }
        b.Property(x => x.ConfirmedWarning).HasMaxLength(300);
        b.Property(x => x.CreatedBy).HasMaxLength(128);
        b.Property(x => x.UpdatedBy).HasMaxLength(128);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

public sealed class ReportRevisionConfiguration : IEntityTypeConfiguration<ReportRevision>
{
    public void Configure(EntityTypeBuilder<ReportRevision> b)
    {
        b.HasIndex(x => new { x.EnterpriseId, x.Period });
        b.HasIndex(x => x.ReportId);
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Before).HasMaxLength(2000);
        b.Property(x => x.After).HasMaxLength(2000);
        b.Property(x => x.Reason).HasMaxLength(300);
        b.Property(x => x.ChangedBy).HasMaxLength(128);
    }
}

public sealed class ReportBatchConfiguration : IEntityTypeConfiguration<ReportBatch>
{
    public void Configure(EntityTypeBuilder<ReportBatch> b)
    {
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.FileName).HasMaxLength(260);
        b.Property(x => x.Periods).HasMaxLength(400);
        b.Property(x => x.CreatedBy).HasMaxLength(128);
        b.Property(x => x.UpdatedBy).HasMaxLength(128);
    }
}

public sealed class StatPeriodConfiguration : IEntityTypeConfiguration<StatPeriod>
{
    public void Configure(EntityTypeBuilder<StatPeriod> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.ClosedBy).HasMaxLength(128);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.PeriodId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class StatPeriodEventConfiguration : IEntityTypeConfiguration<StatPeriodEvent>
{
    public void Configure(EntityTypeBuilder<StatPeriodEvent> b)
    {
        b.Property(x => x.Action).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Reason).HasMaxLength(300);
        b.Property(x => x.By).HasMaxLength(128);
    }
}
