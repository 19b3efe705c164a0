using ChainChief.Web.Features.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChainChief.Web.Features.Chains;

public sealed class ChainConfiguration : IEntityTypeConfiguration<Chain>
{
    public void Configure(EntityTypeBuilder<Chain> b)
    {
        b.Property(x => x.Name).HasMaxLength(64);
        b.HasIndex(x => x.Name).IsUnique();
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
