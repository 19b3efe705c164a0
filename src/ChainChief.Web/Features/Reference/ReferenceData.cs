namespace ChainChief.Web.Features.Reference;

/// <summary>
/// In-memory lookups over the embedded reference files (≈5,000 rows, immutable between releases): division and
/// industry validation and names without a database round trip.
/// </summary>
public sealed class ReferenceData
{
    /// <summary>Old division codes still found in firm records → current code.</summary>
    public static readonly IReadOnlyDictionary<string, string> RegionAliases = new Dictionary<string, string>
    {
        ["610928"] = "610981", // 旬阳县 became 旬阳市 in 2021
    };

    private readonly Dictionary<string, Region> regions;
    private readonly Dictionary<string, Industry> industries;

    public ReferenceData()
    {
        regions = ReferenceFiles.ReadRegions().ToDictionary(r => r.Code);
        industries = ReferenceFiles.ReadIndustries().ToDictionary(i => i.Code);
    }

    public IEnumerable<Region> Regions => regions.Values;
    public IEnumerable<Industry> Industries => industries.Values;

    /// <summary>The current county-level code for a code or alias, or null when it is not a county.</summary>
    public string? NormalizeCounty(string? code)
    {
        if (code is null)
        {
            return null;
        }
        code = code.Trim();
        code = RegionAliases.GetValueOrDefault(code, code);
        return regions.TryGetValue(code, out var r) && r.Level == RegionLevel.County ? code : null;
    }

    public Region? Region(string code) => regions.GetValueOrDefault(code);

    public string RegionName(string code) => regions.TryGetValue(code, out var r) ? r.Name : code;

    /// <summary>Counties under a prefix ("6109" → the ten units of 安康市).</summary>
    public IEnumerable<Region> CountiesUnder(string prefix) =>
        regions.Values.Where(r => r.Level == RegionLevel.County && r.Code.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(r => r.Code);

    public Industry? Industry(string code) => industries.GetValueOrDefault(code);

    public bool IsIndustryClass(string? code) => code is not null && industries.TryGetValue(code, out var i) && i.Level == 4;

    public string IndustryName(string code) => industries.TryGetValue(code, out var i) ? i.Name : code;
}
