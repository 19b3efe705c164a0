namespace ChainChief.Web.Infrastructure.Auth;

/// <summary>The fixed role set. Names are stored in Identity; labels are shown to users.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string ChainOffice = "ChainOffice";
    public const string ChainChief = "ChainChief";
    public const string Department = "Department";
    public const string County = "County";
    public const string Enterprise = "Enterprise";

    public static readonly IReadOnlyList<string> All = [Admin, ChainOffice, ChainChief, Department, County, Enterprise];

    /// <summary>Chinese label of a role, as officials call it.</summary>
    public static string Label(string role) => role switch
    {
        Admin => "系统管理员",
        ChainOffice => "链长办",
        ChainChief => "链长",
        Department => "部门",
        County => "县区",
        Enterprise => "企业",
        _ => role,
    };
}
