using ChainChief.Web.Features.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChainChief.Web.Features.Cultivation;

public sealed class GrowthProfileConfiguration : IEntityTypeConfiguration<GrowthProfile>
{
    public void Configure(EntityTypeBuilder<GrowthProfile> b)
    {
        b.HasOne<Enterprise>().WithOne().HasForeignKey<GrowthProfile>(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.EnterpriseId).IsUnique();
        b.Property(x => x.MainProductIp).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Note).HasMaxLength(500);
        b.Property(x => x.CreatedBy).HasMaxLength(128);
        b.Property(x => x.UpdatedBy).HasMaxLength(128);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

public sealed class LadderGoalConfiguration : IEntityTypeConfiguration<LadderGoal>
{
    public void Configure(EntityTypeBuilder<LadderGoal> b)
    {
        b.HasIndex(x => new { x.RegionCode, x.Year, x.Kind }).IsUnique();
        b.Property(x => x.RegionCode).HasMaxLength(12);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Note).HasMaxLength(200);
        b.Property(x => x.CreatedBy).HasMaxLength(128);
        b.Property(x => x.UpdatedBy).HasMaxLength(128);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
