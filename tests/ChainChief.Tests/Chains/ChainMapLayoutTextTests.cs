using static ChainChief.Web.Features.Chains.ChainMapLayout;

namespace ChainChief.Tests.Chains;

public sealed class ChainMapLayoutTextTests
{
    [Fact]
    public void WrapLabel_of_a_short_name_gives_one_line() => Assert.Equal(["线束"], WrapLabel("线束", 8));

    [Fact]
    public void WrapLabel_of_a_name_within_two_lines_splits_it_without_ellipsis() =>
        Assert.Equal(["新能源汽车动力电", "池"], WrapLabel("新能源汽车动力电池", 8));

    [Fact]
    public void WrapLabel_of_a_long_name_truncates_the_last_line_with_an_ellipsis()
    {
        var lines = WrapLabel("新能源汽车动力电池管理系统及其关键零部件", 8);
        Assert.Equal(["新能源汽车动力电", "池管理系统及其…"], lines);
        Assert.All(lines, l => Assert.True(DisplayWidth(l) <= 8, l));
    }

    [Fact]
    public void WrapLabel_counts_ascii_as_half_width()
    {
        Assert.Equal(["IGBT功率模块封装"], WrapLabel("IGBT功率模块封装", 8));
        Assert.Equal(["ABCDEFGHIJKLMNOP", "QRSTUVWXYZ"], WrapLabel("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 8));
    }

    [Fact]
    public void WrapLabel_with_one_line_truncates_the_caption() => Assert.Equal(["电子信息…"], WrapLabel("电子信息材料", 5, maxLines: 1));

    [Fact]
    public void WrapLabel_of_empty_or_blank_text_gives_no_lines()
    {
        Assert.Empty(WrapLabel(null, 8));
        Assert.Empty(WrapLabel("   ", 8));
    }

    [Fact]
    public void ToSvgPath_curves_across_gaps_and_runs_straight_along_waypoint_slots()
    {
        Point[] points = [new(10, 20), new(50, 60.04), new(90.4, 60.04), new(130, 20)];
        Assert.Equal("M10 20 C30 20 30 60 50 60 L90.4 60 C110.2 60 110.2 20 130 20", ToSvgPath(points));
    }
}
