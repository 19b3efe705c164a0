namespace ChainChief.Web.Infrastructure.Auth;

/// <summary>Claim types the platform adds to every principal (cookie and bearer alike).</summary>
public static class AppClaims
{
    public const string DisplayName = "cc:name";
    public const string RegionScope = "cc:region";
    public const string EnterpriseId = "cc:enterprise";
    public const string DepartmentId = "cc:department";
}
