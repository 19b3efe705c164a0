using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChainChief.Web.Features.Enterprises;

public sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> b)
    {
        b.Property(x => x.CreditCode).HasMaxLength(18).IsFixedLength(false);
        b.HasIndex(x => x.CreditCode).IsUnique();
        b.Property(x => x.Name).HasMaxLength(100);
        b.HasIndex(x => x.Name);
        b.Property(x => x.CountyCode).HasMaxLength(6);
        b.HasIndex(x => x.CountyCode);
        b.Property(x => x.Park).HasMaxLength(100);
        b.Property(x => x.IndustryCode).HasMaxLength(4);
        b.HasIndex(x => x.IndustryCode);
        b.Property(x => x.Scale).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.LandMu).HasPrecision(14, 2);
        b.Property(x => x.ContactName).HasMaxLength(50);
        b.Property(x => x.ContactPhone).HasMaxLength(30);
        b.Property(x => x.Address).HasMaxLength(200);
        b.Property(x => x.CreatedBy).HasMaxLength(128);
        b.Property(x => x.UpdatedBy).HasMaxLength(128);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Tags).WithOne().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.ScaleHistory).WithOne().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.StatusHistory).WithOne().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class EnterpriseTagConfiguration : IEntityTypeConfiguration<EnterpriseTag>
{
    public void Configure(EntityTypeBuilder<EnterpriseTag> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Note).HasMaxLength(200);
        b.HasIndex(x => new { x.Kind, x.EnterpriseId });
    }
}

public sealed class EnterpriseScaleChangeConfiguration : IEntityTypeConfiguration<EnterpriseScaleChange>
{
    public void Configure(EntityTypeBuilder<EnterpriseScaleChange> b)
    {
        b.Property(x => x.From).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.To).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Note).HasMaxLength(200);
        b.Property(x => x.ChangedBy).HasMaxLength(128);
    }
}

public sealed class EnterpriseStatusChangeConfiguration : IEntityTypeConfiguration<EnterpriseStatusChange>
{
    public void Configure(EntityTypeBuilder<EnterpriseStatusChange> b)
    {
        b.Property(x => x.From).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.To).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Note).HasMaxLength(200);
        b.Property(x => x.ChangedBy).HasMaxLength(128);
    }
}
