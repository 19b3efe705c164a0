namespace ChainChief.Web.Features.Cultivation;

/// <summary>A ladder goal as the form or the API sends it.</summary>
public sealed class LadderGoalInput
{
    public string RegionCode { get; set; } = "";
    public int Year { get; set; }
    public LadderGoalKind Kind { get; set; }
    public int Target { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }
}
