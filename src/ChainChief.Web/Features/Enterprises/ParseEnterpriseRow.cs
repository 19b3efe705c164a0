using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace ChainChief.Web.Features.Enterprises;

/// <summary>Turns one workbook row into an <see cref="EnterpriseInput"/>, collecting every problem by column.</summary>
public static class ParseEnterpriseRow
{
    public sealed record Problem(string Column, string Message);

    public static EnterpriseInput Parse(IReadOnlyDictionary<string, string> cells, IReadOnlyDictionary<string, int> chainIdsByName,
        List<Problem> problems)
    {
        string Cell(string column) => cells.TryGetValue(column, out var v) ? v.Trim() : "";
        var input = new EnterpriseInput
        {
            CreditCode = Cell(EnterpriseSheet.CreditCode).ToUpperInvariant(),
            Name = Cell(EnterpriseSheet.Name),
            CountyCode = Cell(EnterpriseSheet.CountyCode),
            Park = Cell(EnterpriseSheet.Park),
            IndustryCode = Cell(EnterpriseSheet.IndustryCode),
            ContactName = Cell(EnterpriseSheet.ContactName),
            ContactPhone = NullIfEmpty(Cell(EnterpriseSheet.ContactPhone)),
            Address = Cell(EnterpriseSheet.Address),
        };
        var scale = Cell(EnterpriseSheet.Scale);
        if (scale != "")
        {
            if (EnterpriseLabels.ParseScale(scale) is { } s) { input.Scale = s; }
            else { problems.Add(new(EnterpriseSheet.Scale, $"“{scale}”无法识别，应填“规上”或“规下”")); }
        }
        var status = Cell(EnterpriseSheet.Status);
        if (status != "")
        {
            if (EnterpriseLabels.ParseStatus(status) is { } st) { input.Status = st; }
            else { problems.Add(new(EnterpriseSheet.Status, $"“{status}”无法识别，应填“在营”“停产”“迁出”或“注销”")); }
        }
        var land = Cell(EnterpriseSheet.LandMu);
        if (land != "")
        {
            if (decimal.TryParse(land, NumberStyles.Number, CultureInfo.InvariantCulture, out var mu)) { input.LandMu = Math.Round(mu, 2); }
            else { problems.Add(new(EnterpriseSheet.LandMu, $"“{land}”不是数字")); }
        }
        var employees = Cell(EnterpriseSheet.Employees);
        if (employees != "")
        {
            if (int.TryParse(employees, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) { input.Employees = n; }
            else { problems.Add(new(EnterpriseSheet.Employees, $"“{employees}”不是整数")); }
        }
        var founded = Cell(EnterpriseSheet.FoundedOn);
        if (founded != "")
        {
            if (TryParseDate(founded, out var d)) { input.FoundedOn = d; }
            else { problems.Add(new(EnterpriseSheet.FoundedOn, $"“{founded}”不是日期，请按 2020-01-31 填写")); }
        }
        foreach (var name in Cell(EnterpriseSheet.Chains).Split(EnterpriseSheet.ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (chainIdsByName.TryGetValue(name, out var id)) { input.ChainIds.Add(id); }
            else { problems.Add(new(EnterpriseSheet.Chains, $"产业链“{name}”不存在")); }
        }
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        foreach (var r in results)
        {
            var field = r.MemberNames.FirstOrDefault() ?? "";
            problems.Add(new(EnterpriseSheet.ColumnOfField.GetValueOrDefault(field, field), r.ErrorMessage ?? "无效"));
        }
        return input;
    }

    private static bool TryParseDate(string text, out DateOnly date)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日", "yyyy-MM-ddTHH:mm:ss"];
        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
        {
            date = DateOnly.FromDateTime(dt);
            return true;
        }
        // Excel may hand over a serial day number when the cell is formatted as a number.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 100000)
        {
            date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            return true;
        }
        date = default;
        return false;
    }

    private static string? NullIfEmpty(string s) => s == "" ? null : s;
}
