namespace ChainChief.Web.Features.Enterprises;

/// <summary>Column headers of the enterprise workbook, shared by the template, the export and the import, so an
/// exported file can be edited in Excel/WPS and imported again.</summary>
public static class EnterpriseSheet
{
    public const string CreditCode = "统一社会信用代码";
    public const string Name = "企业名称";
    public const string CountyCode = "县区代码";
    public const string CountyName = "县区名称";
    public const string Park = "所属园区";
    public const string IndustryCode = "行业代码";
    public const string IndustryName = "行业名称";
    public const string Scale = "规模";
    public const string Status = "经营状态";
    public const string LandMu = "用地面积（亩）";
    public const string Employees = "从业人员";
    public const string FoundedOn = "成立日期";
    public const string ContactName = "联系人";
    public const string ContactPhone = "联系电话";
    public const string Address = "地址";
    public const string Chains = "所属产业链";

    /// <summary>In sheet order. Name columns are for reading and are ignored on import.</summary>
    public static readonly string[] Columns =
    [
        CreditCode, Name, CountyCode, CountyName, Park, IndustryCode, IndustryName, Scale, Status, LandMu, Employees,
        FoundedOn, ContactName, ContactPhone, Address, Chains,
    ];

    public static readonly string[] Required = [CreditCode, Name, CountyCode, IndustryCode];

    /// <summary>The form field a column feeds, to place validation messages on the right column.</summary>
    public static readonly IReadOnlyDictionary<string, string> ColumnOfField = new Dictionary<string, string>
    {
        [nameof(EnterpriseInput.CreditCode)] = CreditCode,
        [nameof(EnterpriseInput.Name)] = Name,
        [nameof(EnterpriseInput.CountyCode)] = CountyCode,
        [nameof(EnterpriseInput.Park)] = Park,
        [nameof(EnterpriseInput.IndustryCode)] = IndustryCode,
        [nameof(EnterpriseInput.Scale)] = Scale,
        [nameof(EnterpriseInput.Status)] = Status,
        [nameof(EnterpriseInput.LandMu)] = LandMu,
        [nameof(EnterpriseInput.Employees)] = Employees,
        [nameof(EnterpriseInput.FoundedOn)] = FoundedOn,
        [nameof(EnterpriseInput.ContactName)] = ContactName,
        [nameof(EnterpriseInput.ContactPhone)] = ContactPhone,
        [nameof(EnterpriseInput.Address)] = Address,
        [nameof(EnterpriseInput.ChainIds)] = Chains,
    };

    /// <summary>Separators accepted between chain names in one cell.</summary>
    public static readonly char[] ListSeparators = ['、', ',', '，', ';', '；'];

    /// <summary>One firm as a sheet row in template order; the export and the benchmark's workbook use it.</summary>
    public static IDictionary<string, object?> ToRow(RowValues r, Reference.ReferenceData reference) => new Dictionary<string, object?>
    {
        [CreditCode] = r.CreditCode,
        [Name] = r.Name,
        [CountyCode] = r.CountyCode,
        [CountyName] = reference.RegionName(r.CountyCode),
        [Park] = r.Park,
        [IndustryCode] = r.IndustryCode,
        [IndustryName] = reference.IndustryName(r.IndustryCode),
        [Scale] = EnterpriseLabels.Of(r.Scale),
        [Status] = EnterpriseLabels.Of(r.Status),
        [LandMu] = r.LandMu,
        [Employees] = r.Employees,
        [FoundedOn] = r.FoundedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        [ContactName] = r.ContactName,
        [ContactPhone] = r.ContactPhone,
        [Address] = r.Address,
        [Chains] = r.Chains,
    };

    public sealed record RowValues(string CreditCode, string Name, string CountyCode, string? Park, string IndustryCode,
        EnterpriseScale Scale, OperatingStatus Status, decimal LandMu, int Employees, DateOnly? FoundedOn,
        string? ContactName, string? ContactPhone, string? Address, string Chains);
}
