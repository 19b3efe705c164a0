using ChainChief.Web.Features.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChainChief.Web.Features.Chains;

public sealed class ChainNodeConfiguration : IEntityTypeConfiguration<ChainNode>
{
    public void Configure(EntityTypeBuilder<ChainNode> b)
    {
        b.Property(x => x.Name).HasMaxLength(64);
        b.HasIndex(x => new { x.ChainId, x.Name }).IsUnique();
        b.Property(x => x.Segment).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.KeyProducts).HasMaxLength(500);
        b.Property(x => x.IndustryCodes).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.IndustryCodeList);
        b.HasOne<Chain>().WithMany().HasForeignKey(x => x.ChainId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ChainNode>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ChainEdgeConfiguration : IEntityTypeConfiguration<ChainEdge>
{
    public void Configure(EntityTypeBuilder<ChainEdge> b)
    {
        b.HasIndex(x => new { x.FromNodeId, x.ToNodeId }).IsUnique();
        b.HasIndex(x => x.ChainId);
        b.HasOne<ChainNode>().WithMany().HasForeignKey(x => x.FromNodeId).OnDelete(DeleteBehavior.Cascade);
        // Both ends cascade from the node, so the second is restrict to satisfy SQL Server-style cycle rules; the
        // node delete use case removes edges first.
        b.HasOne<ChainNode>().WithMany().HasForeignKey(x => x.ToNodeId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class NodeFirmConfiguration : IEntityTypeConfiguration<NodeFirm>
{
    public void Configure(EntityTypeBuilder<NodeFirm> b)
    {
        b.HasIndex(x => new { x.NodeId, x.EnterpriseId }).IsUnique();
        b.HasIndex(x => x.ChainId);
        b.HasIndex(x => x.EnterpriseId);
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(16);
        b.HasOne<ChainNode>().WithMany().HasForeignKey(x => x.NodeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}
