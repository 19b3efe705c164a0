using System.ComponentModel.DataAnnotations;

namespace ChainChief.Web.Data.Seed.Demo;

/// <summary>The "Demo" section: when enabled, an empty database is filled with the generated demo city and accounts.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }

    [RegularExpression("^(city|province)$", ErrorMessage = "Demo:Scale must be city or province.")]
    public string Scale { get; set; } = "city";

    public int Seed { get; set; } = 20261122;

    /// <summary>Shared password of the demo accounts (demo mode only).</summary>
    public const string Password = "Demo@2026";
}
