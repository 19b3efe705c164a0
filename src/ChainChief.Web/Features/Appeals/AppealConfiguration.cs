using ChainChief.Web.Features.Admin;
using ChainChief.Web.Features.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChainChief.Web.Features.Appeals;

public sealed class AppealConfiguration : IEntityTypeConfiguration<Appeal>
{
    public void Configure(EntityTypeBuilder<Appeal> b)
    {
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Department>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.State, x.Deadline });
        b.HasIndex(x => new { x.DepartmentId, x.State });
        b.HasIndex(x => x.CountyCode);
        b.HasIndex(x => x.EnterpriseId);
        b.Property(x => x.CountyCode).HasMaxLength(12);
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Class).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.BeforeWithdrawal).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.ExtensionReason).HasMaxLength(500);
        b.Property(x => x.Reply).HasMaxLength(4000);
        b.Property(x => x.CreatedBy).HasMaxLength(128);
        b.Property(x => x.UpdatedBy).HasMaxLength(128);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.Code);
        b.Ignore(x => x.Status);
        b.Ignore(x => x.Clock);
        b.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.AppealId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AppealEventConfiguration : IEntityTypeConfiguration<AppealEvent>
{
    public void Configure(EntityTypeBuilder<AppealEvent> b)
    {
        b.HasIndex(x => new { x.AppealId, x.At });
        b.Property(x => x.Action).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.From).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.To).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.ActorId).HasMaxLength(450);
        b.Property(x => x.ActorName).HasMaxLength(100);
        b.Property(x => x.Note).HasMaxLength(4000);
        b.HasMany(x => x.Attachments).WithOne().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AppealAttachmentConfiguration : IEntityTypeConfiguration<AppealAttachment>
{
    public void Configure(EntityTypeBuilder<AppealAttachment> b)
    {
        b.HasIndex(x => x.EventId);
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.ContentType).HasMaxLength(100);
    }
}

public sealed class AppealEscalationConfiguration : IEntityTypeConfiguration<AppealEscalation>
{
    public void Configure(EntityTypeBuilder<AppealEscalation> b)
    {
        b.HasOne<Appeal>().WithMany().HasForeignKey(x => x.AppealId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.AppealId, x.Due, x.Level }).IsUnique();
        b.HasIndex(x => x.FiredAt);
    }
}

public sealed class AppealSettingsConfiguration : IEntityTypeConfiguration<AppealSettings>
{
    public void Configure(EntityTypeBuilder<AppealSettings> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasData(new AppealSettings());
    }
}
