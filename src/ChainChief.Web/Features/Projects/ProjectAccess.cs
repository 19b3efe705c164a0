using ChainChief.Web.Infrastructure.Auth;

namespace ChainChief.Web.Features.Projects;

/// <summary>
/// Who sees projects: officials whose region covers the county it lands in; firms never. A confidential project's name,
/// investor, local firm and notes are shown only to the users named on it; everyone else gets its code name. Every
/// query that returns a project goes through <see cref="Faces"/>, so no page, list, export or API can skip the rule.
/// </summary>
public static class ProjectAccess
{
    public static IQueryable<Project> VisibleTo(this IQueryable<Project> projects, Actor actor)
    {
        if (actor.IsEnterpriseUser)
        {
            return projects.Where(_ => false);
        }
        var scope = actor.RegionScope;
        return projects.Where(p => p.CountyCode.StartsWith(scope));
    }

    /// <summary>What the actor may see of each project: the identity only when it is not confidential or they are named.</summary>
    public static IQueryable<Face> Faces(this IQueryable<Project> projects, string userId) =>
        projects.Select(p => new { p, Open = !p.IsConfidential || p.Viewers.Any(v => v.UserId == userId) })
            .Select(x => new Face
            {
                Project = x.p, Open = x.Open, Name = x.Open ? x.p.Name : x.p.CodeName ?? "保密项目", Investor = x.Open ? x.p.InvestorName : null,
                EnterpriseId = x.Open ? x.p.EnterpriseId : null, Notes = x.Open ? x.p.Notes : null,
            });

    /// <summary>A project with its shown identity (<see cref="Name"/> is the code name when <see cref="Open"/> is false).
    /// A class with setters, not a record, so queries can keep composing on it.</summary>
    public sealed class Face
    {
        public Project Project { get; init; } = default!;
        public bool Open { get; init; }
        public string Name { get; init; } = "";
        public string? Investor { get; init; }
        public int? EnterpriseId { get; init; }
        public string? Notes { get; init; }
    }

    /// <summary>Whether the actor may edit projects of the county.</summary>
    public static bool CanWrite(Actor actor, string countyCode) =>
        !actor.IsEnterpriseUser && actor.IsAny(Roles.Admin, Roles.ChainOffice, Roles.Department, Roles.County) && actor.CanSeeRegion(countyCode);
}
