using ChainChief.Web.Infrastructure.Errors;

namespace ChainChief.Web.Features.Contracts;

/// <summary>Breach case steps: from 立案 to 整改, 处罚 or 回收 (land taken back), each later step only forward, 结案 last; every step needs a note.</summary>
public static class BreachWorkflow
{
    public static IReadOnlyList<BreachStatus> Next(BreachStatus status) => status switch
    {
        BreachStatus.Filed => [BreachStatus.Rectifying, BreachStatus.Penalized, BreachStatus.Recovered, BreachStatus.Closed],
        BreachStatus.Rectifying => [BreachStatus.Penalized, BreachStatus.Recovered, BreachStatus.Closed],
        BreachStatus.Penalized => [BreachStatus.Recovered, BreachStatus.Closed],
        BreachStatus.Recovered => [BreachStatus.Closed],
        _ => [],
    };

    public static void Apply(BreachCase breach, BreachStatus to, string? note, (DateTime At, string Name) by)
    {
        if (!Next(breach.Status).Contains(to))
        {
            throw new BusinessRuleException("breach.status", $"违约案件当前为“{ContractLabels.Of(breach.Status)}”，不能转为“{ContractLabels.Of(to)}”");
        }
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new InputException("Note", "请说明处理情况（整改要求、处罚决定、回收安排或结案理由）");
        }
        breach.Events.Add(new BreachEvent { From = breach.Status, To = to, At = by.At, ActorName = by.Name, Note = note.Trim() });
        breach.Status = to;
    }
}
