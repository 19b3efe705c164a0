using System.Globalization;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure.Excel;

namespace ChainChief.Bench;

/// <summary>The generated firms as the import template an officer would fill in.</summary>
internal static class Workbook
{
    public static Task<byte[]> WriteAsync(IEnumerable<Enterprise> firms, ReferenceData reference) =>
        ExcelWorkbook.WriteAsync(new Dictionary<string, IEnumerable<IDictionary<string, object?>>>
        {
            ["企业"] = firms.Select(e => (IDictionary<string, object?>)new Dictionary<string, object?>
            {
                [EnterpriseSheet.CreditCode] = e.CreditCode,
                [EnterpriseSheet.Name] = e.Name,
                [EnterpriseSheet.CountyCode] = e.CountyCode,
                [EnterpriseSheet.CountyName] = reference.RegionName(e.CountyCode),
                [EnterpriseSheet.Park] = e.Park,
                [EnterpriseSheet.IndustryCode] = e.IndustryCode,
                [EnterpriseSheet.IndustryName] = reference.IndustryName(e.IndustryCode),
                [EnterpriseSheet.Scale] = EnterpriseLabels.Of(e.Scale),
                [EnterpriseSheet.Status] = EnterpriseLabels.Of(e.Status),
                [EnterpriseSheet.LandMu] = e.LandMu,
                [EnterpriseSheet.Employees] = e.Employees,
                [EnterpriseSheet.FoundedOn] = e.FoundedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                [EnterpriseSheet.ContactName] = e.ContactName,
                [EnterpriseSheet.ContactPhone] = e.ContactPhone,
                [EnterpriseSheet.Address] = e.Address,
                [EnterpriseSheet.Chains] = "",
            }),
        }, CancellationToken.None);
}
