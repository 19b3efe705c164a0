using System.Text.Json.Serialization;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;

namespace ChainChief.Web.Features.Statistics;

/// <summary>
/// The bulk API for enterprise systems: an array of reports and a confirm flag, through the same validator and write path
/// as the upload. Problems name the JSON property and the 1-based position in the array.
/// </summary>
public sealed class SubmitReportsByApi(SubmitReports submit)
{
    /// <summary>One firm's month. Figures are 本年累计 unless inputKind is "Monthly" (当月); money in 万元, electricity in 万千瓦时.</summary>
    public sealed record Item
    {
        public string? CreditCode { get; init; }
        /// <summary>YYYYMM, e.g. 202610.</summary>
        public int? Period { get; init; }
        /// <summary>YearToDate (本年累计, default) or Monthly (当月).</summary>
        public string? InputKind { get; init; }
        public decimal? Output { get; init; }
        public decimal? Revenue { get; init; }
        public decimal? Profit { get; init; }
        public decimal? Tax { get; init; }
        public decimal? ElectricityKwh10k { get; init; }
        [JsonPropertyName("rnd")]
        public decimal? RnD { get; init; }
        public decimal? ValueAdded { get; init; }
        public int? Employees { get; init; }
        /// <summary>The version read before a correction; a report changed since then is refused with 409. -1: must be new.</summary>
        public int? Version { get; init; }
        /// <summary>Why a correction was made.</summary>
        public string? Reason { get; init; }
    }

    public sealed record Request(IReadOnlyList<Item>? Reports, bool Confirm = false);

    public sealed record Result(int Created, int Updated, int Unchanged, int Rederived, bool Accepted, bool NeedsConfirmation, int? BatchId,
        IReadOnlyList<int> Periods, IReadOnlyList<RowIssue> Errors, IReadOnlyList<RowIssue> Warnings);

    public const int MaxItems = 50_000;

    public static readonly IReadOnlyDictionary<ReportField, string> FieldName = new Dictionary<ReportField, string>
    {
        [ReportField.CreditCode] = "creditCode", [ReportField.Period] = "period", [ReportField.InputKind] = "inputKind",
        [ReportField.Output] = "output", [ReportField.Revenue] = "revenue", [ReportField.Profit] = "profit", [ReportField.Tax] = "tax",
        [ReportField.Electricity] = "electricityKwh10k", [ReportField.RnD] = "rnd", [ReportField.ValueAdded] = "valueAdded",
        [ReportField.Employees] = "employees", [ReportField.Version] = "version",
    };

    public async Task<Result> HandleAsync(Request request, Actor actor, CancellationToken ct)
    {
        var items = request.Reports ?? [];
        if (items.Count is 0 or > MaxItems)
        {
            throw new InputException("reports", items.Count == 0 ? "reports 不能为空" : $"一次最多报送{MaxItems}条，请分批提交");
        }
        var prior = new List<ReportIssue>();
        var lines = new List<ReportLine>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var kind = StatisticsLabels.ParseKind(item.InputKind);
            if (kind is null)
            {
                prior.Add(new(i + 1, ReportField.InputKind, $"“{item.InputKind}”无法识别，应为 YearToDate（本年累计）或 Monthly（当月）"));
            }
            lines.Add(new ReportLine
            {
                Row = i + 1, CreditCode = (item.CreditCode ?? "").Trim().ToUpperInvariant(), Period = item.Period,
                Kind = kind ?? ReportInputKind.YearToDate, Output = Round(item.Output), Revenue = Round(item.Revenue),
                Profit = Round(item.Profit), Tax = Round(item.Tax), Electricity = Round(item.ElectricityKwh10k), RnD = Round(item.RnD),
                ValueAdded = Round(item.ValueAdded), Employees = item.Employees, ExpectedVersion = item.Version, Reason = item.Reason,
            });
        }
        var result = await submit.HandleAsync(new(lines, request.Confirm, ReportSource.Api, null, prior), actor, null, ct);
        return new Result(result.Created, result.Updated, result.Unchanged, result.Rederived, result.Accepted, result.NeedsConfirmation,
            result.BatchId, result.Periods, Named(result.Errors), Named(result.Warnings));
    }

    private static decimal? Round(decimal? value) => value is { } v ? Amounts.R(v) : null;

    private static IReadOnlyList<RowIssue> Named(IEnumerable<ReportIssue> issues) =>
        [.. issues.Select(i => new RowIssue(i.Row, FieldName[i.Field], i.Reason))];
}
