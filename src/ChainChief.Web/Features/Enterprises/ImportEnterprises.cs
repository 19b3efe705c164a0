using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Enterprises;

/// <summary>
/// Imports a filled-in template (or an edited export). The whole file is checked first and every bad row is
/// reported by row, column and reason. Then either nothing is written (default) or, when asked, only the valid
/// rows. Firms are matched by credit code, so importing the same file twice changes nothing.
/// </summary>
public sealed class ImportEnterprises(IDbContextFactory<AppDbContext> dbs, EnterpriseRules rules, TimeProvider clock)
{
    public sealed record RowError(int Row, string Column, string Message);

    public sealed record Result(int TotalRows, int Created, int Updated, int Unchanged, int Rejected, bool Written,
        IReadOnlyList<RowError> Errors);

    public sealed record Progress(string Stage, int Done, int Total);

    private const int Chunk = 500;

    public async Task<Result> HandleAsync(Stream file, bool validRowsOnly, Actor actor, IProgress<Progress>? progress, CancellationToken ct)
    {
        List<Dictionary<string, string>> sheet;
        try
        {
            sheet = ExcelWorkbook.ReadRows(file);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or ArgumentException or System.Xml.XmlException)
        {
            return Refused(new RowError(0, "", "无法读取文件，请上传由模板填写的 .xlsx 文件"));
        }
        var missing = EnterpriseSheet.Required.Where(c => sheet.Count > 0 && !sheet[0].ContainsKey(c)).ToList();
        if (sheet.Count == 0 || missing.Count > 0)
        {
            return Refused(new RowError(1, string.Join("、", missing), sheet.Count == 0 ? "文件中没有数据行" : "缺少必填列，请使用导入模板"));
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var chainIds = await db.Chains.ToDictionaryAsync(c => c.Name, c => c.Id, ct);
        var known = chainIds.Values.ToHashSet();
        var existing = await ExistingAsync(db, sheet.Select(r => r.GetValueOrDefault(EnterpriseSheet.CreditCode, "").ToUpperInvariant()), ct);

        var errors = new List<RowError>();
        var valid = new List<(EnterpriseInput Input, string County)>();
        var seen = new Dictionary<string, int>();
        for (var i = 0; i < sheet.Count; i++)
        {
            var rowNumber = i + 2; // row 1 is the header
            if (sheet[i].Values.All(v => v == ""))
            {
                continue;
            }
            var problems = new List<ParseEnterpriseRow.Problem>();
            var input = ParseEnterpriseRow.Parse(sheet[i], chainIds, problems);
            var ruleErrors = rules.Check(input, actor, known, out var county);
            foreach (var (field, messages) in ruleErrors)
            {
                problems.AddRange(messages.Select(m => new ParseEnterpriseRow.Problem(EnterpriseSheet.ColumnOfField[field], m)));
            }
            if (input.CreditCode != "" && seen.TryGetValue(input.CreditCode, out var first))
            {
                problems.Add(new(EnterpriseSheet.CreditCode, $"与第{first}行的统一社会信用代码重复"));
            }
            else if (existing.TryGetValue(input.CreditCode, out var other) && !actor.CanSeeRegion(other.CountyCode))
            {
                problems.Add(new(EnterpriseSheet.CreditCode, "该企业已在您辖区以外建档，不能在此导入"));
            }
            seen.TryAdd(input.CreditCode, rowNumber);
            // One reason per cell: checks against the reference data come last and say the most.
            errors.AddRange(problems.GroupBy(p => p.Column).Select(g => new RowError(rowNumber, g.Key, g.Last().Message)));
            if (problems.Count == 0)
            {
                valid.Add((input, county));
            }
            if (i % Chunk == 0)
            {
                progress?.Report(new("校验", i, sheet.Count));
            }
        }
        var rejected = errors.Select(e => e.Row).Distinct().Count();
        if (errors.Count > 0 && !validRowsOnly)
        {
            return new Result(valid.Count + rejected, 0, 0, 0, rejected, false, errors);
        }
        var (created, updated, unchanged) = await WriteAsync(db, valid, existing, actor, progress, ct);
        return new Result(valid.Count + rejected, created, updated, unchanged, rejected, true, errors);
    }

    private async Task<(int Created, int Updated, int Unchanged)> WriteAsync(AppDbContext db, List<(EnterpriseInput Input, string County)> rows,
        Dictionary<string, (int Id, string CountyCode)> existing, Actor actor, IProgress<Progress>? progress, CancellationToken ct)
    {
        int created = 0, updated = 0, unchanged = 0;
        var today = clock.Today();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var chunk in rows.Chunk(Chunk))
        {
            var ids = chunk.Where(r => existing.ContainsKey(r.Input.CreditCode)).Select(r => existing[r.Input.CreditCode].Id).ToList();
            var firms = await db.Enterprises.Include(e => e.Chains).Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.CreditCode, ct);
            foreach (var (input, county) in chunk)
            {
                if (!firms.TryGetValue(input.CreditCode, out var firm))
                {
                    var e = Enterprise.Create(input.CreditCode, input.ToProfile(county), input.Scale, input.Status, today, actor.UserName);
                    e.SetChains(input.ChainIds);
                    db.Enterprises.Add(e);
                    created++;
                    continue;
                }
                if (Signature(firm) == Signature(input, county))
                {
                    unchanged++;
                    continue;
                }
                firm.Update(input.ToProfile(county));
                firm.ChangeScale(input.Scale, today, "批量导入", actor.UserName);
                firm.ChangeStatus(input.Status, today, "批量导入", actor.UserName);
                firm.SetChains(input.ChainIds);
                updated++;
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            progress?.Report(new("写入", created + updated + unchanged, rows.Count));
        }
        await tx.CommitAsync(ct);
        return (created, updated, unchanged);
    }

    private static async Task<Dictionary<string, (int Id, string CountyCode)>> ExistingAsync(AppDbContext db, IEnumerable<string> codes, CancellationToken ct)
    {
        var result = new Dictionary<string, (int, string)>();
        foreach (var chunk in codes.Where(c => c != "").Distinct().Chunk(Chunk))
        {
            var found = await db.Enterprises.Where(e => chunk.Contains(e.CreditCode))
                .Select(e => new { e.CreditCode, e.Id, e.CountyCode }).ToListAsync(ct);
            foreach (var f in found)
            {
                result[f.CreditCode] = (f.Id, f.CountyCode);
            }
        }
        return result;
    }

    private static string Signature(Enterprise e) => Signature(new EnterpriseProfile(e.Name, e.CountyCode, e.Park, e.IndustryCode,
        e.LandMu, e.Employees, e.FoundedOn, e.ContactName, e.ContactPhone, e.Address), e.Scale, e.Status, e.Chains.Select(c => c.ChainId));

    private static string Signature(EnterpriseInput i, string county) =>
        Signature(i.ToProfile(county), i.Scale, i.Status, i.ChainIds);

    private static string Signature(EnterpriseProfile p, EnterpriseScale scale, OperatingStatus status, IEnumerable<int> chains)
    {
        static string? N(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        var normal = p with { Name = p.Name.Trim(), Park = N(p.Park), ContactName = N(p.ContactName), ContactPhone = N(p.ContactPhone), Address = N(p.Address), LandMu = decimal.Round(p.LandMu, 2) / 1.0000000000000000000000000000m }; // drops trailing zeros
        return $"{normal}|{scale}|{status}|{string.Join(",", chains.Distinct().Order())}";
    }

    private static Result Refused(RowError error) => new(0, 0, 0, 0, 0, false, [error]);
}
