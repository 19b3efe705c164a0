using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;

namespace ChainChief.Web.Features.Cultivation;

/// <summary>A tier's candidates with their gaps as an xlsx, as filtered on the page.</summary>
public sealed class ExportTierCandidates(ListTierCandidates list, ReferenceData reference)
{
    public static string FileName(Tier tier) => $"{TierNames.Of(tier)}培育对象.xlsx";

    public async Task<byte[]> HandleAsync(ListTierCandidates.Query query, Actor actor, CancellationToken ct)
    {
        var rows = await list.HandleAsync(query, actor, ct);
        var sheet = rows.Select(r => (IDictionary<string, object?>)ExcelWorkbook.Row(
            ("企业", r.Name), ("县区", reference.RegionName(r.CountyCode)), ("判断", LadderLabels.Of(r.Verdict)), ("未满足条件数", r.Unmet), ("差距", r.Gaps)));
        return await ExcelWorkbook.WriteSheetAsync("培育对象", sheet, ct);
    }
}
