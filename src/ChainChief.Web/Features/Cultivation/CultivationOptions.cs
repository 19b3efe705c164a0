using System.ComponentModel.DataAnnotations;

namespace ChainChief.Web.Features.Cultivation;

/// <summary>The "Cultivation" section: where the 升规 pool and 退库 watch draw their lines (万元, months).</summary>
public sealed class CultivationOptions
{
    public const string Section = "Cultivation";

    [Range(1, 1_000_000)]
    public decimal Threshold { get; set; } = 2000m;

    [Range(0, 1_000_000)]
    public decimal PoolFloor { get; set; } = 1500m;

    [Range(1, 60)]
    public int HorizonMonths { get; set; } = 12;

    /// <summary>Tier candidates list firms that meet a tier or miss at most this many conditions.</summary>
    [Range(0, 10)]
    public int CloseWithin { get; set; } = 1;

    public ScaleWatchOptions ScaleWatch => new() { Threshold = Threshold, PoolFloor = PoolFloor, HorizonMonths = HorizonMonths };
}
