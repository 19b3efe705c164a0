using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Features.Incentives;
using ChainChief.Web.Features.Incentives.Pages;
using ChainChief.Web.Features.Reference;

namespace ChainChief.Tests.IncentivePages;

/// <summary>The policy pages' own logic: rule-builder places agree with the check's messages; explanations render criterion by criterion.</summary>
public sealed class PolicyPagesTests
{
    [Fact]
    public void Rule_errors_from_the_check_point_at_the_row_the_builder_labels_with_the_same_place()
    {
        var input = new PolicyInput
        {
            Rule = PolicyRule.All(PolicyRule.In(FactCatalog.Region, "610902"), PolicyRule.Any(new PolicyRule { Fact = "nonsense" }, PolicyRule.Not(PolicyRule.Compare(FactCatalog.RnD, "ge", 100)))),
        };
        var form = new PolicyForm(input, new ReferenceData(), new Dictionary<string, string>(), () => { }) { RuleErrors = PolicyCheck.Errors(input)["Rule"] };

        var second = PolicyForm.Place("", 1, parentIsRoot: true);
        var nested = PolicyForm.Place(second, 0, parentIsRoot: false);

        Assert.Equal("条件2.1", nested);
        Assert.Contains("nonsense", Assert.Single(form.ErrorsAt(nested)));
        Assert.Empty(form.ErrorsAt(second));
        Assert.Empty(form.ErrorsAt(PolicyForm.Place("", 0, parentIsRoot: true)));
    }

    [Fact]
    public void Options_of_a_region_condition_are_the_divisions_under_the_policy_region()
    {
        var form = new PolicyForm(new PolicyInput { RegionCode = "6109" }, new ReferenceData(), new Dictionary<string, string> { ["7"] = "新材料" }, () => { });

        var regions = form.Options(FactCatalog.Region);

        Assert.Contains(("610902", "汉滨区"), regions);
        Assert.All(regions, r => Assert.StartsWith("6109", r.Code, StringComparison.Ordinal));
        Assert.Equal([("7", "新材料")], form.Options(FactCatalog.Chain));
        Assert.Contains(form.Options(FactCatalog.Scale), s => s.Code == "AboveScale" && s.Name == "规上");
    }

    [Fact]
    public async Task Render_of_an_explanation_marks_each_criterion_with_its_figures_and_gap_under_its_group()
    {
        var tree = new RuleEngine.Explanation(false, "须同时满足以下全部条件，1项未满足", null, null, null, null,
        [
            new(true, "所在地区 汉滨区，属于安康市", FactCatalog.Region, null, null, null, []),
            new(false, "上年度研发费用 820 万元，低于 1000 万元的门槛，差 180 万元", FactCatalog.RnD, 820, 1000, 180, []),
        ]);

        var html = await ComponentRenderer.RenderAsync<ExplanationTree>(new() { [nameof(ExplanationTree.Node)] = tree });

        Assert.Contains("✗ 须同时满足以下全部条件", html);
        Assert.Contains("✓ 所在地区 汉滨区，属于安康市", html);
        Assert.Contains("✗ 上年度研发费用 820 万元", html);
        Assert.Contains("实际值：820", html);
        Assert.Contains("要求：1,000", html);
        Assert.Contains("差距：180", html);
        Assert.Equal(3, html.Split("data-met=").Length - 1);
    }
}
