using ChainChief.Web.Features.Reference;

namespace ChainChief.Tests.Platform;

public sealed class ReferenceDataTests
{
    private static readonly ReferenceData Reference = new();

    [Fact]
    public void Industries_have_four_levels_and_the_41_industrial_divisions()
    {
        Assert.Equal([1, 2, 3, 4], Reference.Industries.Select(i => i.Level).Distinct().Order());
        var divisions = Reference.Industries.Where(i => i.IsIndustrialDivision).Select(i => i.Code).Order().ToList();
        Assert.Equal(41, divisions.Count);
        Assert.Equal("06", divisions[0]); // 煤炭开采和洗选业 (B 06) …
        Assert.Equal("46", divisions[^1]); // … 水的生产和供应业 (D 46)
        Assert.True(Reference.IsIndustryClass("3831"));
        Assert.False(Reference.IsIndustryClass("383"));
        Assert.All(Reference.Industries.Where(i => i.Level > 1), i => Assert.NotNull(Reference.Industry(i.ParentCode!)));
    }

    [Fact]
    public void Old_Xunyang_county_code_resolves_to_the_current_city_code()
    {
        Assert.Equal("610981", Reference.NormalizeCounty("610928"));
        Assert.Equal("610902", Reference.NormalizeCounty("610902"));
        Assert.Null(Reference.NormalizeCounty("6109"));
        Assert.Null(Reference.NormalizeCounty("619999"));
        Assert.Equal("安康市", Reference.RegionName("6109"));
    }

    [Fact]
    public void Counties_under_a_city_come_from_the_division_list()
    {
        var ankang = Reference.CountiesUnder("6109").Select(c => c.Code).ToList();
        Assert.Contains("610902", ankang);
        Assert.Contains("610981", ankang);
        Assert.DoesNotContain("610928", ankang);
        Assert.All(ankang, c => Assert.StartsWith("6109", c));
    }
}
