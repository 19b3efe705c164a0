using ChainChief.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChainChief.Web.Features.Calendar;

public enum CalendarDayKind
{
    /// <summary>A day off: a statutory holiday or a weekend day folded into one (放假).</summary>
    Holiday,
    /// <summary>A weekend day that is worked (调休上班).</summary>
    Workday,
}

/// <summary>
/// A date that differs from the plain week (Monday–Friday worked, Saturday–Sunday off). The State Council publishes
/// each year's arrangement in November; officials enter it here. Deadlines in working days (DOMAIN §7) read these rows.
/// </summary>
public sealed class CalendarDay : IAudited, IVersioned
{
    public int Id { get; set; }
    public DateOnly Date { get; set; }
    public CalendarDayKind Kind { get; set; }
    /// <summary>The holiday it belongs to: 春节, 国庆节, 春节调休上班 ….</summary>
    public string Name { get; set; } = "";
    public int Version { get; private set; }

    string IAudited.AuditSubjectType => nameof(CalendarDay);
    int IAudited.AuditSubjectId => Id;
}

public sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> b)
    {
        b.HasIndex(d => d.Date).IsUnique();
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.Name).HasMaxLength(50);
        b.Property(d => d.Version).IsConcurrencyToken();
    }
}
