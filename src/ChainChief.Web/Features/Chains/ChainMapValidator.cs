namespace ChainChief.Web.Features.Chains;

/// <summary>
/// Checks a whole chain map before anything is written, pure: every problem is reported with the list it is in
/// (节点 / 连接 / 企业), its 1-based position and the field, so a JSON or Excel import can point at the exact cell.
/// </summary>
public static class ChainMapValidator
{
    public const string NodesList = "节点";
    public const string EdgesList = "连接";
    public const string FirmsList = "企业";

    public sealed record Problem(string List, int Position, string Field, string Message);

    /// <summary>Where a problem is in a JSON map: the list, the item's number and the field.</summary>
    public static string LocateItem(Problem p) => $"{p.List}第{p.Position}项“{p.Field}”";

    public static IReadOnlyList<Problem> Validate(ChainMapDocument map, Func<string, bool> industryExists, Func<string, bool> firmExists)
    {
        var problems = new List<Problem>();
        var nodes = new Dictionary<string, ChainMapDocument.Node>();
        for (var i = 0; i < map.Nodes.Count; i++)
        {
            var n = map.Nodes[i];
            void Add(string field, string message) => problems.Add(new(NodesList, i + 1, field, message));
            var name = n.Name?.Trim() ?? "";
            if (name.Length == 0 || name.Length > 64)
            {
                Add("名称", "节点名称应为1至64个字");
            }
            else if (!nodes.TryAdd(name, n))
            {
                Add("名称", $"节点名称「{name}」重复");
            }
            if (ChainLabels.ParseSegment(n.Segment) is null)
            {
                Add("环节", $"环节应为上游、中游或下游，而不是「{n.Segment}」");
            }
            foreach (var code in n.IndustryCodes.Where(c => !industryExists(c.Trim())))
            {
                Add("行业代码", $"国民经济行业代码「{code}」不存在（GB/T 4754-2017）");
            }
            if (n.KeyProducts?.Length > 500)
            {
                Add("主要产品", "主要产品不能超过500字");
            }
        }
        CheckParents(map, nodes, problems);
        CheckEdges(map, nodes, problems);
        var placed = new HashSet<(string, string)>();
        for (var i = 0; i < map.Firms.Count; i++)
        {
            var f = map.Firms[i];
            void Add(string field, string message) => problems.Add(new(FirmsList, i + 1, field, message));
            if (!nodes.ContainsKey(f.Node?.Trim() ?? ""))
            {
                Add("节点", $"节点「{f.Node}」不在本图谱中");
            }
            if (ChainLabels.ParseRole(f.Role) is null)
            {
                Add("角色", $"角色应为链主、龙头或配套，而不是「{f.Role}」");
            }
            var code = f.CreditCode?.Trim().ToUpperInvariant() ?? "";
            if (!firmExists(code))
            {
                Add("统一社会信用代码", $"企业库中没有统一社会信用代码为「{f.CreditCode}」的企业");
            }
            else if (!placed.Add((f.Node?.Trim() ?? "", code)))
            {
                Add("统一社会信用代码", "同一企业在该节点上重复出现");
            }
        }
        return problems;
    }

    private static void CheckParents(ChainMapDocument map, Dictionary<string, ChainMapDocument.Node> nodes, List<Problem> problems)
    {
        for (var i = 0; i < map.Nodes.Count; i++)
        {
            var n = map.Nodes[i];
            if (string.IsNullOrWhiteSpace(n.Parent))
            {
                continue;
            }
            if (!nodes.TryGetValue(n.Parent.Trim(), out var parent))
            {
                problems.Add(new(NodesList, i + 1, "上级节点", $"上级节点「{n.Parent}」不存在"));
            }
            else if (parent.Segment != n.Segment)
            {
                problems.Add(new(NodesList, i + 1, "上级节点", $"上级节点「{n.Parent}」在{parent.Segment}，与本节点的环节不同"));
            }
            else if (ParentLoops(n, nodes))
            {
                problems.Add(new(NodesList, i + 1, "上级节点", $"上级节点形成循环：「{n.Name}」最终是自己的上级"));
            }
        }
    }

    private static bool ParentLoops(ChainMapDocument.Node start, Dictionary<string, ChainMapDocument.Node> nodes)
    {
        var seen = new HashSet<string>();
        for (var n = start; n.Parent is { } p && nodes.TryGetValue(p.Trim(), out var parent); n = parent)
        {
            if (!seen.Add(n.Name.Trim()) || parent == start)
            {
                return true;
            }
        }
        return false;
    }

    private static void CheckEdges(ChainMapDocument map, Dictionary<string, ChainMapDocument.Node> nodes, List<Problem> problems)
    {
        var valid = new List<(string From, string To, int Position)>();
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < map.Edges.Count; i++)
        {
            var (from, to) = (map.Edges[i].From?.Trim() ?? "", map.Edges[i].To?.Trim() ?? "");
            void Add(string field, string message) => problems.Add(new(EdgesList, i + 1, field, message));
            var ok = true;
            foreach (var (field, name) in new[] { ("供给方", from), ("需求方", to) }.Where(x => !nodes.ContainsKey(x.Item2)))
            {
                Add(field, $"节点「{name}」不存在");
                ok = false;
            }
            if (!ok)
            {
                continue;
            }
            if (from == to)
            {
                Add("需求方", $"节点「{from}」不能供给自己");
            }
            else if (!seen.Add((from, to)))
            {
                Add("需求方", $"连接「{from} → {to}」重复");
            }
            else if (ChainLabels.ParseSegment(nodes[from].Segment) > ChainLabels.ParseSegment(nodes[to].Segment))
            {
                Add("需求方", $"「{from}」（{nodes[from].Segment}）不能供给更上游的「{to}」（{nodes[to].Segment}）");
            }
            else
            {
                valid.Add((from, to, i + 1));
            }
        }
        if (ChainGraph.FindCycle(valid.Select(e => (e.From, e.To))) is { } cycle)
        {
            var closing = valid.First(e => e.From == cycle[^2] && e.To == cycle[^1]);
            problems.Add(new(EdgesList, closing.Position, "需求方", $"连接形成循环：{string.Join(" → ", cycle)}"));
        }
    }
}
