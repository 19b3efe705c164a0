using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChainChief.Web.Features.Targets;

public sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Scope).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.RegionCode).HasMaxLength(6);
        b.Property(x => x.Metric).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.TargetValue).HasPrecision(18, 4);
        b.Property(x => x.BaseValue).HasPrecision(18, 2);
        b.Property(x => x.Source).HasMaxLength(200);
        b.Property(x => x.CreatedBy).HasMaxLength(128);
        b.Property(x => x.UpdatedBy).HasMaxLength(128);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Chains.Chain>().WithMany().HasForeignKey(x => x.ChainId).OnDelete(DeleteBehavior.Cascade);
    }
}
