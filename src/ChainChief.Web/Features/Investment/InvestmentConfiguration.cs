using ChainChief.Web.Features.Chains;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChainChief.Web.Features.Investment;

public sealed class TargetFirmConfiguration : IEntityTypeConfiguration<TargetFirm>
{
    public void Configure(EntityTypeBuilder<TargetFirm> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.HqRegionCode).HasMaxLength(12);
        b.Property(x => x.IndustryCode).HasMaxLength(8);
        b.Property(x => x.RegionCode).HasMaxLength(12);
        b.Property(x => x.Tier).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Priority).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.Source).HasMaxLength(100);
        b.Property(x => x.Contact).HasMaxLength(200);
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.Property(x => x.CreatedBy).HasMaxLength(128);
        b.Property(x => x.UpdatedBy).HasMaxLength(128);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Chain>().WithMany().HasForeignKey(x => x.ChainId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.RegionCode, x.Name }).IsUnique();
        b.HasIndex(x => x.IndustryCode);
        b.HasMany(x => x.Nodes).WithOne().HasForeignKey(x => x.TargetFirmId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class TargetFirmNodeConfiguration : IEntityTypeConfiguration<TargetFirmNode>
{
    public void Configure(EntityTypeBuilder<TargetFirmNode> b)
    {
        b.HasKey(x => new { x.TargetFirmId, x.NodeId });
        b.HasIndex(x => x.NodeId);
        b.HasOne<ChainNode>().WithMany().HasForeignKey(x => x.NodeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class LeadConfiguration : IEntityTypeConfiguration<Lead>
{
    public void Configure(EntityTypeBuilder<Lead> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.FirmName).HasMaxLength(200);
        b.Property(x => x.RegionCode).HasMaxLength(12);
        b.Property(x => x.Stage).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Escalation).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.ResponsibleLeader).HasMaxLength(100);
        b.Property(x => x.OwnerId).HasMaxLength(450);
        b.Property(x => x.OwnerName).HasMaxLength(100);
        b.Property(x => x.Source).HasMaxLength(100);
        b.Property(x => x.NextStep).HasMaxLength(500);
        b.Property(x => x.DropReason).HasMaxLength(500);
        b.Property(x => x.CreatedBy).HasMaxLength(128);
        b.Property(x => x.UpdatedBy).HasMaxLength(128);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.IsOpen);
        b.HasOne<Chain>().WithMany().HasForeignKey(x => x.ChainId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ChainNode>().WithMany().HasForeignKey(x => x.NodeId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<TargetFirm>().WithMany().HasForeignKey(x => x.TargetFirmId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.Stage, x.LastActivityAt });
        b.HasIndex(x => x.RegionCode);
        b.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.LeadId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class LeadEventConfiguration : IEntityTypeConfiguration<LeadEvent>
{
    public void Configure(EntityTypeBuilder<LeadEvent> b)
    {
        b.Property(x => x.ActorId).HasMaxLength(450);
        b.Property(x => x.ActorName).HasMaxLength(100);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.FromStage).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.ToStage).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Note).HasMaxLength(2000);
    }
}

public sealed class InvestmentSettingsConfiguration : IEntityTypeConfiguration<InvestmentSettings>
{
    public void Configure(EntityTypeBuilder<InvestmentSettings> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasData(new InvestmentSettings());
    }
}
