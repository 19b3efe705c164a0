using System.ComponentModel.DataAnnotations;

namespace ChainChief.Web.Features.Cockpit;

/// <summary>The "Cockpit" section.</summary>
public sealed class CockpitOptions
{
    public const string Section = "Cockpit";

    /// <summary>Registry edits (a firm joins a chain, moves park) do not change the statistics version; cached figures older
    /// than this are recomputed in the background while the old ones are still served.</summary>
    [Range(1, 1440)]
    public int RefreshMinutes { get; set; } = 5;

    /// <summary>Memory for cached snapshots, histories and results; the least recently used go first. A province month is ≈20 MB.</summary>
    [Range(16, 16384)]
    public int CacheMegabytes { get; set; } = 256;
}
