using ChainChief.Web.Features.Appeals;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChainChief.Web.Features.Service;

public sealed class LiaisonAssignmentConfiguration : IEntityTypeConfiguration<LiaisonAssignment>
{
    public void Configure(EntityTypeBuilder<LiaisonAssignment> b)
    {
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.EnterpriseId, x.UserId }).IsUnique();
        b.HasIndex(x => x.UserId);
        b.Property(x => x.UserName).HasMaxLength(100);
    }
}

public sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> b)
    {
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.EnterpriseId, x.VisitedOn });
        b.HasIndex(x => x.CountyCode);
        b.Property(x => x.CountyCode).HasMaxLength(12);
        b.Property(x => x.VisitorId).HasMaxLength(450);
        b.Property(x => x.VisitorName).HasMaxLength(100);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Expansion).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.Property(x => x.ExpansionNote).HasMaxLength(1000);
        b.Property(x => x.RiskNote).HasMaxLength(1000);
        b.Property(x => x.CreatedBy).HasMaxLength(128);
        b.Property(x => x.UpdatedBy).HasMaxLength(128);
        b.HasMany(x => x.Problems).WithOne().HasForeignKey(x => x.VisitId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class VisitProblemConfiguration : IEntityTypeConfiguration<VisitProblem>
{
    public void Configure(EntityTypeBuilder<VisitProblem> b)
    {
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.HasOne<Appeal>().WithMany().HasForeignKey(x => x.AppealId).OnDelete(DeleteBehavior.SetNull);
    }
}
