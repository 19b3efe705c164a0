using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChainChief.Web.Features.Reference;

public sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(6);
        b.Property(x => x.Name).HasMaxLength(64);
        b.Property(x => x.ParentCode).HasMaxLength(6);
        b.HasIndex(x => x.ParentCode);
    }
}

public sealed class IndustryConfiguration : IEntityTypeConfiguration<Industry>
{
    public void Configure(EntityTypeBuilder<Industry> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(4);
        b.Property(x => x.Name).HasMaxLength(128);
        b.Property(x => x.Section).HasMaxLength(1);
        b.Property(x => x.ParentCode).HasMaxLength(4);
        b.HasIndex(x => x.ParentCode);
    }
}
