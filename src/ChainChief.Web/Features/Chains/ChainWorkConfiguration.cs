using ChainChief.Web.Features.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChainChief.Web.Features.Chains;

public sealed class ChainPlanConfiguration : IEntityTypeConfiguration<ChainPlan>
{
    public void Configure(EntityTypeBuilder<ChainPlan> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Content).HasMaxLength(20000);
        b.Property(x => x.CreatedBy).HasMaxLength(128);
        b.Property(x => x.UpdatedBy).HasMaxLength(128);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.ChainId);
        b.HasOne<Chain>().WithMany().HasForeignKey(x => x.ChainId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ChainTaskConfiguration : IEntityTypeConfiguration<ChainTask>
{
    public void Configure(EntityTypeBuilder<ChainTask> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.CreatedBy).HasMaxLength(128);
        b.Property(x => x.UpdatedBy).HasMaxLength(128);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ChainId, x.Year });
        b.HasIndex(x => new { x.OwnerDepartmentId, x.Deadline });
        b.HasOne<Chain>().WithMany().HasForeignKey(x => x.ChainId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Department>().WithMany().HasForeignKey(x => x.OwnerDepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MeetingDecision>().WithMany().HasForeignKey(x => x.MeetingDecisionId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Notes).WithOne().HasForeignKey(x => x.ChainTaskId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ChainTaskNoteConfiguration : IEntityTypeConfiguration<ChainTaskNote>
{
    public void Configure(EntityTypeBuilder<ChainTaskNote> b)
    {
        b.Property(x => x.Text).HasMaxLength(2000);
        b.Property(x => x.By).HasMaxLength(128);
    }
}

public sealed class ChainMeetingConfiguration : IEntityTypeConfiguration<ChainMeeting>
{
    public void Configure(EntityTypeBuilder<ChainMeeting> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Location).HasMaxLength(200);
        b.Property(x => x.Chair).HasMaxLength(100);
        b.Property(x => x.Attendees).HasMaxLength(2000);
        b.Property(x => x.Summary).HasMaxLength(8000);
        b.Property(x => x.CreatedBy).HasMaxLength(128);
        b.Property(x => x.UpdatedBy).HasMaxLength(128);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ChainId, x.HeldOn });
        b.HasOne<Chain>().WithMany().HasForeignKey(x => x.ChainId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Decisions).WithOne().HasForeignKey(x => x.ChainMeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MeetingDecisionConfiguration : IEntityTypeConfiguration<MeetingDecision>
{
    public void Configure(EntityTypeBuilder<MeetingDecision> b) => b.Property(x => x.Text).HasMaxLength(1000);
}
