using ChainChief.Web.Features.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChainChief.Web.Features.Alerts;

public sealed class AlertRuleConfiguration : IEntityTypeConfiguration<AlertRule>
{
    public void Configure(EntityTypeBuilder<AlertRule> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.Threshold).HasPrecision(9, 4);
        b.HasIndex(x => new { x.Kind, x.Level }).IsUnique();
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

public sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> b)
    {
        b.HasIndex(x => new { x.EnterpriseId, x.Period, x.Kind }).IsUnique();
        b.HasIndex(x => new { x.State, x.Period });
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Message).HasMaxLength(300);
        b.Property(x => x.AssigneeId).HasMaxLength(450);
        b.Property(x => x.AssigneeName).HasMaxLength(100);
        b.Property(x => x.ResolvedReason).HasMaxLength(500);
        b.Property(x => x.CreatedBy).HasMaxLength(128);
        b.Property(x => x.UpdatedBy).HasMaxLength(128);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Notes).WithOne().HasForeignKey(x => x.AlertId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AlertNoteConfiguration : IEntityTypeConfiguration<AlertNote>
{
    public void Configure(EntityTypeBuilder<AlertNote> b)
    {
        b.Property(x => x.Text).HasMaxLength(1000);
        b.Property(x => x.By).HasMaxLength(128);
    }
}

public sealed class SupportTicketConfiguration : IEntityTypeConfiguration<SupportTicket>
{
    public void Configure(EntityTypeBuilder<SupportTicket> b)
    {
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.AlertId);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.CreatedBy).HasMaxLength(128);
        b.Property(x => x.UpdatedBy).HasMaxLength(128);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
