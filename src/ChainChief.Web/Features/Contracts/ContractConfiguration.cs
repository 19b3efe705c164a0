using ChainChief.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChainChief.Web.Features.Contracts;

public sealed class LandContractConfiguration : IEntityTypeConfiguration<LandContract>
{
    public void Configure(EntityTypeBuilder<LandContract> b)
    {
        b.HasOne<Project>().WithOne().HasForeignKey<LandContract>(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.ProjectId).IsUnique();
        b.Property(x => x.ContractNo).HasMaxLength(50);
        b.Property(x => x.CreatedBy).HasMaxLength(128);
        b.Property(x => x.UpdatedBy).HasMaxLength(128);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

public sealed class ContractCheckConfiguration : IEntityTypeConfiguration<ContractCheck>
{
    public void Configure(EntityTypeBuilder<ContractCheck> b)
    {
        b.HasOne<LandContract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Evidence).HasMaxLength(1000);
        b.Property(x => x.Findings).HasMaxLength(2000);
        b.Property(x => x.ActorName).HasMaxLength(100);
    }
}

public sealed class BreachCaseConfiguration : IEntityTypeConfiguration<BreachCase>
{
    public void Configure(EntityTypeBuilder<BreachCase> b)
    {
        b.HasOne<LandContract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ContractCheck>().WithMany().HasForeignKey(x => x.CheckId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.CountyCode);
        b.Property(x => x.CountyCode).HasMaxLength(12);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Shortfalls).HasMaxLength(500);
        b.Property(x => x.CreatedBy).HasMaxLength(128);
        b.Property(x => x.UpdatedBy).HasMaxLength(128);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.BreachCaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class BreachEventConfiguration : IEntityTypeConfiguration<BreachEvent>
{
    public void Configure(EntityTypeBuilder<BreachEvent> b)
    {
        b.Property(x => x.From).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.To).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.ActorName).HasMaxLength(100);
        b.Property(x => x.Note).HasMaxLength(1000);
    }
}
