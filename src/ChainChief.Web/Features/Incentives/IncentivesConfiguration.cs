using ChainChief.Web.Features.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChainChief.Web.Features.Incentives;

public sealed class PolicyConfiguration : IEntityTypeConfiguration<Policy>
{
    public void Configure(EntityTypeBuilder<Policy> b)
    {
        b.Property(x => x.RegionCode).HasMaxLength(12);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Issuer).HasMaxLength(100);
        b.Property(x => x.DocumentNo).HasMaxLength(100);
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.Property(x => x.Contact).HasMaxLength(200);
        b.Property(x => x.Mode).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.CreatedBy).HasMaxLength(128);
        b.Property(x => x.UpdatedBy).HasMaxLength(128);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.RegionCode);
        b.HasMany(x => x.Revisions).WithOne().HasForeignKey(x => x.PolicyId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PolicyRevisionConfiguration : IEntityTypeConfiguration<PolicyRevision>
{
    public void Configure(EntityTypeBuilder<PolicyRevision> b)
    {
        b.HasIndex(x => new { x.PolicyId, x.Number }).IsUnique();
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.DocumentNo).HasMaxLength(100);
        b.Property(x => x.Mode).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Note).HasMaxLength(500);
        b.Property(x => x.CreatedBy).HasMaxLength(128);
    }
}

public sealed class MatchRunConfiguration : IEntityTypeConfiguration<MatchRun>
{
    public void Configure(EntityTypeBuilder<MatchRun> b)
    {
        b.Property(x => x.RegionCode).HasMaxLength(12);
        b.Property(x => x.Trigger).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.StartedBy).HasMaxLength(128);
    }
}

public sealed class PolicyMatchConfiguration : IEntityTypeConfiguration<PolicyMatch>
{
    public void Configure(EntityTypeBuilder<PolicyMatch> b)
    {
        b.HasOne<Policy>().WithMany().HasForeignKey(x => x.PolicyId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PolicyRevision>().WithMany().HasForeignKey(x => x.RevisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.PolicyId, x.Year, x.EnterpriseId }).IsUnique();
        b.HasIndex(x => new { x.EnterpriseId, x.Year });
        b.HasIndex(x => new { x.Year, x.CountyCode });
        b.Property(x => x.CountyCode).HasMaxLength(12);
        b.Property(x => x.Benefit).HasMaxLength(500);
        b.Property(x => x.Milestones).HasMaxLength(200);
    }
}

public sealed class AwardBatchConfiguration : IEntityTypeConfiguration<AwardBatch>
{
    public void Configure(EntityTypeBuilder<AwardBatch> b)
    {
        b.HasOne<Policy>().WithMany().HasForeignKey(x => x.PolicyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.RegionCode).HasMaxLength(12);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.ApprovedBy).HasMaxLength(128);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.CreatedBy).HasMaxLength(128);
        b.Property(x => x.UpdatedBy).HasMaxLength(128);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.PolicyId, x.Year });
    }
}

public sealed class AwardConfiguration : IEntityTypeConfiguration<Award>
{
    public void Configure(EntityTypeBuilder<Award> b)
    {
        b.HasOne<Policy>().WithMany().HasForeignKey(x => x.PolicyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PolicyRevision>().WithMany().HasForeignKey(x => x.RevisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AwardBatch>().WithMany().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PolicyApplication>().WithOne().HasForeignKey<Award>(x => x.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PolicyId, x.Year, x.EnterpriseId }).IsUnique();
        b.HasIndex(x => new { x.EnterpriseId, x.Status });
        b.Property(x => x.CountyCode).HasMaxLength(12);
        b.Property(x => x.Benefit).HasMaxLength(500);
        b.Property(x => x.Criteria).HasMaxLength(4000);
        b.Property(x => x.Milestones).HasMaxLength(200);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.VoucherNo).HasMaxLength(50);
        b.Property(x => x.Note).HasMaxLength(500);
        b.Property(x => x.CreatedBy).HasMaxLength(128);
        b.Property(x => x.UpdatedBy).HasMaxLength(128);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

public sealed class PolicyApplicationConfiguration : IEntityTypeConfiguration<PolicyApplication>
{
    public void Configure(EntityTypeBuilder<PolicyApplication> b)
    {
        b.HasOne<Policy>().WithMany().HasForeignKey(x => x.PolicyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PolicyRevision>().WithMany().HasForeignKey(x => x.RevisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.PolicyId, x.Year, x.EnterpriseId }).IsUnique();
        b.HasIndex(x => new { x.Status, x.DueOn });
        b.Property(x => x.CountyCode).HasMaxLength(12);
        b.Property(x => x.FirmNote).HasMaxLength(1000);
        b.Property(x => x.Decision).HasMaxLength(1000);
        b.Property(x => x.DecidedBy).HasMaxLength(128);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.CreatedBy).HasMaxLength(128);
        b.Property(x => x.UpdatedBy).HasMaxLength(128);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
