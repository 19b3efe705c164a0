using ChainChief.Web.Features.Admin;
using ChainChief.Web.Features.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChainChief.Web.Features.Chains;

public sealed class ChainConfiguration : IEntityTypeConfiguration<Chain>
{
    public void Configure(EntityTypeBuilder<Chain> b)
    {
        b.Property(x => x.Name).HasMaxLength(64);
        b.Property(x => x.RegionCode).HasMaxLength(6);
        b.HasIndex(x => new { x.RegionCode, x.Name }).IsUnique();
        b.Property(x => x.Description).HasMaxLength(2000);
        b.HasOne<Chain>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Department>().WithMany().HasForeignKey(x => x.ExecutiveDepartmentId).OnDelete(DeleteBehavior.SetNull);
        b.ComplexProperty(x => x.Health, h =>
        {
            h.Property(x => x.LookbackMonths).HasColumnName("HealthLookbackMonths");
            h.Property(x => x.WeakRevenueBelow).HasColumnName("HealthWeakRevenueBelow").HasPrecision(18, 2);
            h.Property(x => x.StrongRevenueShare).HasColumnName("HealthStrongRevenueShare").HasPrecision(6, 4);
            h.Property(x => x.KeyNodeWeight).HasColumnName("HealthKeyNodeWeight").HasPrecision(6, 2);
        });
        b.Property(x => x.CreatedBy).HasMaxLength(128);
        b.Property(x => x.UpdatedBy).HasMaxLength(128);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Members).WithOne().HasForeignKey(x => x.ChainId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.ResponsibleDepartments).WithOne().HasForeignKey(x => x.ChainId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Parties).WithOne().HasForeignKey(x => x.ChainId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ChainMemberConfiguration : IEntityTypeConfiguration<ChainMember>
{
    public void Configure(EntityTypeBuilder<ChainMember> b)
    {
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.Position).HasMaxLength(100);
    }
}

public sealed class ChainDepartmentConfiguration : IEntityTypeConfiguration<ChainDepartment>
{
    public void Configure(EntityTypeBuilder<ChainDepartment> b)
    {
        b.HasKey(x => new { x.ChainId, x.DepartmentId });
        b.HasOne<Department>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ChainPartyConfiguration : IEntityTypeConfiguration<ChainParty>
{
    public void Configure(EntityTypeBuilder<ChainParty> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Name).HasMaxLength(100);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class EnterpriseChainConfiguration : IEntityTypeConfiguration<EnterpriseChain>
{
    public void Configure(EntityTypeBuilder<EnterpriseChain> b)
    {
        b.HasKey(x => new { x.EnterpriseId, x.ChainId });
        b.HasOne<Enterprise>().WithMany(e => e.Chains).HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Chain>().WithMany().HasForeignKey(x => x.ChainId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.ChainId);
    }
}
