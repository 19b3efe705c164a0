namespace ChainChief.Web.Features.Reference;

/// <summary>A statistical division (统计用区划代码): province (2 digits), prefecture (4) or county (6).</summary>
public sealed class Region
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public RegionLevel Level { get; set; }
    public string? ParentCode { get; set; }
}

public enum RegionLevel
{
    Province = 1,
    City = 2,
    County = 3,
}

/// <summary>A GB/T 4754-2017 node: 门类 (letter), 大类 (2), 中类 (3) or 小类 (4 digits).</summary>
public sealed class Industry
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public int Level { get; set; }
    public string Section { get; set; } = "";
    public string? ParentCode { get; set; }
    /// <summary>Sections B, C, D (mining, manufacturing, utilities): the statistical "industry".</summary>
    public bool IsIndustrial { get; set; }
    /// <summary>True on the 41 industrial 大类 (divisions 06–46).</summary>
    public bool IsIndustrialDivision { get; set; }
}
