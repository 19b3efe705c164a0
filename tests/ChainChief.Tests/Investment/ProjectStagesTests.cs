using ChainChief.Web.Features.Investment;
using ChainChief.Web.Features.Projects;
using ChainChief.Web.Infrastructure.Errors;

namespace ChainChief.Tests.Investment;

/// <summary>Project stage rules (DOMAIN §6) and the service level a project's size earns, at and around its thresholds.</summary>
public sealed class ProjectStagesTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly (DateTime, string) By = (new DateTime(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc), "测试");

    private static Project At(ProjectStage stage) => new() { Stage = stage, TotalInvestment = 50_000m };

    public static TheoryData<ProjectStage, ProjectStage> Allowed => new()
    {
        { ProjectStage.Planning, ProjectStage.Negotiating }, { ProjectStage.Negotiating, ProjectStage.Signed }, { ProjectStage.Signed, ProjectStage.Started },
        { ProjectStage.Started, ProjectStage.Operating }, { ProjectStage.Operating, ProjectStage.FullProduction },
        { ProjectStage.Planning, ProjectStage.Terminated }, { ProjectStage.Operating, ProjectStage.Terminated }, { ProjectStage.Terminated, ProjectStage.Revitalized },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void A_project_moves_one_stage_forward_or_ends_or_is_revived(ProjectStage from, ProjectStage to)
    {
        var p = At(from);
        ProjectStages.Apply(p, to, Today.AddDays(-1), "原因", Today, By);
        Assert.Equal(to, p.Stage);
        var change = Assert.Single(p.StageChanges);
        Assert.Equal((from, to, Today.AddDays(-1), "测试"), (change.FromStage, change.ToStage, change.EffectiveOn, change.ActorName));
    }

    public static TheoryData<ProjectStage, ProjectStage> Forbidden => new()
    {
        { ProjectStage.Planning, ProjectStage.Signed }, { ProjectStage.Negotiating, ProjectStage.Started }, { ProjectStage.Started, ProjectStage.Signed },
        { ProjectStage.Operating, ProjectStage.Planning }, { ProjectStage.FullProduction, ProjectStage.Terminated }, { ProjectStage.FullProduction, ProjectStage.FullProduction },
        { ProjectStage.Terminated, ProjectStage.Started }, { ProjectStage.Terminated, ProjectStage.Terminated }, { ProjectStage.Signed, ProjectStage.Revitalized },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void Skipping_going_back_or_leaving_the_end_is_refused_and_changes_nothing(ProjectStage from, ProjectStage to)
    {
        var p = At(from);
        var e = Assert.Throws<BusinessRuleException>(() => ProjectStages.Apply(p, to, Today, "原因", Today, By));
        Assert.Contains($"不能转为“{ProjectLabels.Of(to)}”", e.Message);
        Assert.Equal(from, p.Stage);
        Assert.Empty(p.StageChanges);
    }

    [Theory]
    [InlineData(ProjectStage.Negotiating, ProjectStage.Signed, "请填写签约日期")]
    [InlineData(ProjectStage.Signed, ProjectStage.Started, "请填写开工日期")]
    [InlineData(ProjectStage.Started, ProjectStage.Operating, "请填写投产日期")]
    [InlineData(ProjectStage.Operating, ProjectStage.FullProduction, "请填写达产日期")]
    [InlineData(ProjectStage.Signed, ProjectStage.Terminated, "请填写终止日期")]
    public void Each_stage_from_signing_needs_its_date(ProjectStage from, ProjectStage to, string message)
    {
        var e = Assert.Throws<InputException>(() => ProjectStages.Apply(At(from), to, null, "原因", Today, By));
        Assert.Equal(message, e.Errors["EffectiveOn"].Single());
    }

    [Fact]
    public void Dates_are_not_in_the_future_nor_before_the_previous_stage_and_land_on_their_field()
    {
        var p = At(ProjectStage.Negotiating);
        var future = Assert.Throws<InputException>(() => ProjectStages.Apply(p, ProjectStage.Signed, Today.AddDays(1), null, Today, By));
        Assert.Equal("签约日期不能晚于今天", future.Errors["EffectiveOn"].Single());
        ProjectStages.Apply(p, ProjectStage.Signed, new DateOnly(2026, 3, 1), null, Today, By);
        var early = Assert.Throws<InputException>(() => ProjectStages.Apply(p, ProjectStage.Started, new DateOnly(2026, 2, 28), null, Today, By));
        Assert.Equal("开工日期不能早于上一阶段的日期（2026-03-01）", early.Errors["EffectiveOn"].Single());
        ProjectStages.Apply(p, ProjectStage.Started, new DateOnly(2026, 3, 1), null, Today, By);
        Assert.Equal((new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1)), (p.SignedOn, p.StartedOn));
    }

    [Fact]
    public void Signing_needs_the_contract_amount_and_ending_or_reviving_needs_a_reason()
    {
        var free = new Project { Stage = ProjectStage.Negotiating };
        Assert.Equal("签约须填写合同总投资（万元）", Assert.Throws<InputException>(() => ProjectStages.Apply(free, ProjectStage.Signed, Today, null, Today, By)).Errors["TotalInvestment"].Single());
        Assert.Contains("原因", Assert.Throws<InputException>(() => ProjectStages.Apply(At(ProjectStage.Started), ProjectStage.Terminated, Today, " ", Today, By)).Errors["Note"].Single());
        var stopped = At(ProjectStage.Terminated);
        Assert.Contains("盘活方式", Assert.Throws<InputException>(() => ProjectStages.Apply(stopped, ProjectStage.Revitalized, Today, null, Today, By)).Errors["Note"].Single());
    }

    [Fact]
    public void A_revived_project_resumes_after_the_stage_it_stopped_at()
    {
        var p = At(ProjectStage.Negotiating);
        ProjectStages.Apply(p, ProjectStage.Signed, new DateOnly(2025, 6, 1), null, Today, By);
        ProjectStages.Apply(p, ProjectStage.Terminated, new DateOnly(2025, 9, 1), "投资方资金链断裂", Today, By);
        Assert.Equal(ProjectStage.Signed, p.StageBeforeTermination);
        Assert.Equal([ProjectStage.Revitalized], ProjectStages.Next(p.Stage, p.StageBeforeTermination));
        ProjectStages.Apply(p, ProjectStage.Revitalized, new DateOnly(2026, 2, 1), "引入新投资方接续建设", Today, By);
        Assert.Equal([ProjectStage.Started, ProjectStage.Terminated], ProjectStages.Next(p.Stage, p.StageBeforeTermination));
        ProjectStages.Apply(p, ProjectStage.Started, new DateOnly(2026, 4, 1), null, Today, By);
        Assert.Equal(ProjectStage.Started, p.Stage);
        Assert.Equal(4, p.StageChanges.Count);
    }

    [Theory]
    [InlineData(0, ServiceLevel.Attendant)]
    [InlineData(9_999.99, ServiceLevel.Attendant)]
    [InlineData(10_000, ServiceLevel.Commissioner)]
    [InlineData(99_999.99, ServiceLevel.Commissioner)]
    [InlineData(100_000, ServiceLevel.TaskForce)]
    [InlineData(2_500_000, ServiceLevel.TaskForce)]
    public void The_service_level_follows_the_default_thresholds_inclusively(double total, ServiceLevel expected) =>
        Assert.Equal(expected, ServiceLevels.Of((decimal)total, new InvestmentSettings()));

    [Theory]
    [InlineData(4_999, ServiceLevel.Attendant)]
    [InlineData(5_000, ServiceLevel.Commissioner)]
    [InlineData(49_999, ServiceLevel.Commissioner)]
    [InlineData(50_000, ServiceLevel.TaskForce)]
    public void Edited_thresholds_move_the_service_level(double total, ServiceLevel expected) =>
        Assert.Equal(expected, ServiceLevels.Of((decimal)total, new InvestmentSettings { CommissionerFrom = 5_000m, TaskForceFrom = 50_000m }));
}
