using ChainChief.Web.Data;
using ChainChief.Web.Features.Chains;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Investment;

/// <summary>
/// Imports target firms from the library workbook, matching existing entries by name within their library (update) or
/// adding them. The whole file is checked first: any bad row is a 400 listing every problem by row, column and reason,
/// and nothing is written.
/// </summary>
public sealed class ImportTargetFirms(IDbContextFactory<AppDbContext> dbs, TargetRules rules)
{
    public sealed record Result(int Rows, int Created, int Updated);

    public async Task<Result> HandleAsync(Stream workbook, Actor actor, CancellationToken ct)
    {
        InvestmentAccess.EnsureCanWrite(actor, actor.RegionScope);
        List<Dictionary<string, string>> rows;
        try
        {
            rows = ExcelWorkbook.ReadRows(workbook);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or ArgumentException)
        {
            throw new InputException("file", "无法读取该文件，请使用下载的模板（.xlsx）");
        }
        var missing = TargetSheet.Columns.Take(4).Where(c => rows.Count > 0 && !rows[0].ContainsKey(c)).ToList();
        if (rows.Count == 0 || missing.Count > 0)
        {
            throw new InputException("file", rows.Count == 0 ? "文件中没有数据行" : $"缺少列：{string.Join("、", missing)}");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var chains = await db.Chains.AsNoTracking().VisibleTo(actor).Select(c => new { c.Id, c.Name, c.RegionCode }).ToListAsync(ct);
        var chainIds = chains.Select(c => c.Id).ToList();
        var nodes = (await db.ChainNodes.AsNoTracking().Where(n => chainIds.Contains(n.ChainId)).Select(n => new { n.Id, n.ChainId, n.Name }).ToListAsync(ct))
            .ToLookup(n => n.ChainId);
        var errors = new Dictionary<string, string[]>();
        var inputs = new List<(TargetFirmInput Input, string Region)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var (row, number) = (rows[i], i + 2);
            var problems = new Dictionary<string, string>();
            string Cell(string column) => row.GetValueOrDefault(column) ?? "";
            var input = new TargetFirmInput { Name = Cell(TargetSheet.Name), IndustryCode = Cell(TargetSheet.Industry), Source = Cell(TargetSheet.Source), Contact = Cell(TargetSheet.Contact), Notes = Cell(TargetSheet.Notes) };
            input.HqRegionCode = rules.ResolvePlace(Cell(TargetSheet.Hq)) ?? Cell(TargetSheet.Hq);
            if (Cell(TargetSheet.Hq).Length > 0 && rules.ResolvePlace(Cell(TargetSheet.Hq)) is null)
            {
                problems[TargetSheet.Hq] = $"“{Cell(TargetSheet.Hq)}”不是可识别的地区，请写成“广东省深圳市”或行政区划代码";
            }
            var tier = Enum.GetValues<TargetTier>().Where(t => InvestmentLabels.Of(t) == Cell(TargetSheet.Tier)).Select(t => (TargetTier?)t).FirstOrDefault();
            if (tier is null)
            {
                problems[TargetSheet.Tier] = $"企业类型应为：{string.Join("、", Enum.GetValues<TargetTier>().Select(InvestmentLabels.Of))}";
            }
            input.Tier = tier ?? TargetTier.Other;
            var priorityText = Cell(TargetSheet.Priority);
            var priority = priorityText.Length == 0 ? TargetPriority.Medium
                : Enum.GetValues<TargetPriority>().Where(p => InvestmentLabels.Of(p) == priorityText).Select(p => (TargetPriority?)p).FirstOrDefault();
            if (priority is null)
            {
                problems[TargetSheet.Priority] = "优先级应为高、中或低";
            }
            input.Priority = priority ?? TargetPriority.Medium;
            var chain = Cell(TargetSheet.Chain) is { Length: > 0 } chainName ? chains.FirstOrDefault(c => c.Name == chainName) : null;
            if (Cell(TargetSheet.Chain).Length > 0 && chain is null)
            {
                problems[TargetSheet.Chain] = $"没有名为“{Cell(TargetSheet.Chain)}”的产业链";
            }
            input.ChainId = chain?.Id;
            foreach (var name in TargetSheet.SplitNames(Cell(TargetSheet.Nodes)))
            {
                var node = chain is null ? null : nodes[chain.Id].FirstOrDefault(n => n.Name == name);
                if (node is null)
                {
                    problems.TryAdd(TargetSheet.Nodes, chain is null ? "填写拟补环节须同时填写产业链" : $"产业链“{chain.Name}”中没有环节“{name}”");
                }
                else
                {
                    input.NodeIds.Add(node.Id);
                }
            }
            var chainNodes = chain is null ? new HashSet<int>() : nodes[chain.Id].Select(n => n.Id).ToHashSet();
            foreach (var (field, messages) in rules.Check(input, chain?.RegionCode, chainNodes, actor))
            {
                problems.TryAdd(TargetSheet.ColumnOf(field), messages[0]);
            }
            var region = TargetRules.RegionOf(input, chain?.RegionCode, actor);
            if (inputs.Any(x => x.Region == region && x.Input.Name == input.Name.Trim()))
            {
                problems.TryAdd(TargetSheet.Name, "与文件中前面的行重名");
            }
            foreach (var (column, message) in problems)
            {
                errors[$"第{number}行 {column}"] = [message];
            }
            inputs.Add((input, region));
        }
        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }
        var regions = inputs.Select(x => x.Region).Distinct().ToList();
        var existing = (await db.TargetFirms.Include(t => t.Nodes).Where(t => regions.Contains(t.RegionCode)).ToListAsync(ct))
            .ToDictionary(t => (t.RegionCode, t.Name));
        var (created, updated) = (0, 0);
        foreach (var (input, region) in inputs)
        {
            if (!existing.TryGetValue((region, input.Name.Trim()), out var target))
            {
                target = new TargetFirm();
                db.TargetFirms.Add(target);
                created++;
            }
            else
            {
                updated++;
            }
            TargetRules.Fill(target, input, region);
            target.Nodes.RemoveAll(n => !input.NodeIds.Contains(n.NodeId));
            target.Nodes.AddRange(input.NodeIds.Distinct().Where(n => target.Nodes.All(x => x.NodeId != n)).Select(n => new TargetFirmNode { NodeId = n }));
        }
        await db.SaveChangesAsync(ct);
        return new Result(inputs.Count, created, updated);
    }
}
