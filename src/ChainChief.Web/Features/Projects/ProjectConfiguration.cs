using ChainChief.Web.Features.Chains;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Investment;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChainChief.Web.Features.Projects;

public sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.InvestorName).HasMaxLength(200);
        b.Property(x => x.CodeName).HasMaxLength(50);
        b.Property(x => x.CountyCode).HasMaxLength(12);
        b.Property(x => x.HostPark).HasMaxLength(100);
        b.Property(x => x.LandParcel).HasMaxLength(50);
        b.Property(x => x.ResponsibleLeader).HasMaxLength(100);
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.Property(x => x.Action).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Stage).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.StageBeforeTermination).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.CreatedBy).HasMaxLength(128);
        b.Property(x => x.UpdatedBy).HasMaxLength(128);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Chain>().WithMany().HasForeignKey(x => x.ChainId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ChainNode>().WithMany().HasForeignKey(x => x.NodeId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Lead>().WithOne().HasForeignKey<Lead>(l => l.ProjectId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => x.CountyCode);
        b.HasIndex(x => new { x.ChainId, x.Stage });
        b.HasIndex(x => x.SignedOn);
        b.HasMany(x => x.StageChanges).WithOne().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Funding).WithOne().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Viewers).WithOne().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ProjectStageChangeConfiguration : IEntityTypeConfiguration<ProjectStageChange>
{
    public void Configure(EntityTypeBuilder<ProjectStageChange> b)
    {
        b.Property(x => x.FromStage).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.ToStage).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.ActorName).HasMaxLength(100);
        b.Property(x => x.Note).HasMaxLength(1000);
    }
}

public sealed class ProjectFundingConfiguration : IEntityTypeConfiguration<ProjectFunding>
{
    public void Configure(EntityTypeBuilder<ProjectFunding> b)
    {
        b.HasKey(x => new { x.ProjectId, x.Period });
        b.HasIndex(x => x.Period);
    }
}

public sealed class ProjectViewerConfiguration : IEntityTypeConfiguration<ProjectViewer>
{
    public void Configure(EntityTypeBuilder<ProjectViewer> b)
    {
        b.HasKey(x => new { x.ProjectId, x.UserId });
        b.Property(x => x.UserName).HasMaxLength(100);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
