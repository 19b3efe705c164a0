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
            ["企业"] = firms.Select(e => EnterpriseSheet.ToRow(new(e.CreditCode, e.Name, e.CountyCode, e.Park, e.IndustryCode,
                e.Scale, e.Status, e.LandMu, e.Employees, e.FoundedOn, e.ContactName, e.ContactPhone, e.Address, ""), reference)),
        }, CancellationToken.None);
}
