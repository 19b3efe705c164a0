using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Reference;

namespace ChainChief.Web.Data.Seed.Demo;

/// <summary>
/// Deterministic demo firms (DOMAIN §12): the same seed gives the same city. City scale is the ten units of 安康市
/// (≈600 above-scale, ≈3,000 below-scale); province scale is every county of 陕西省 (≈20,000 and ≈100,000).
/// Every name is marked 示例 and every credit code passes the GB 32100 check.
/// </summary>
public sealed class DemoCityGenerator(ReferenceData reference, int seed)
{
    public sealed record Firm(Enterprise Enterprise, int[] ChainIndexes);

    private readonly Random random = new(seed);
    private readonly HashSet<string> codes = [];

    public static (string Prefix, int AboveScale, int BelowScale) ScaleOf(string scale) =>
        scale == "province" ? ("61", 20_000, 80_000) : ("6109", 600, 3_000);

    public IEnumerable<Firm> Firms(string scale, DateOnly today)
    {
        var (prefix, above, below) = ScaleOf(scale);
        var counties = reference.CountiesUnder(prefix).ToList();
        var weighted = counties.SelectMany(c => Enumerable.Repeat(c, DemoCityPlan.Weight(c.Code))).ToList();
        var classes = DemoCityPlan.Chains.Select(c => reference.Industries
            .Where(i => i.Level == 4 && c.Industries.Any(p => i.Code.StartsWith(p, StringComparison.Ordinal)))
            .Select(i => i.Code).ToArray()).ToArray();
        for (var n = 0; n < above + below; n++)
        {
            var county = weighted[random.Next(weighted.Count)];
            var chain = random.Next(DemoCityPlan.Chains.Length);
            var chains = random.NextDouble() < 0.12 ? new[] { chain, random.Next(DemoCityPlan.Chains.Length) }.Distinct().ToArray() : [chain];
            var isAbove = n < above;
            yield return new Firm(MakeFirm(county, classes[chain][random.Next(classes[chain].Length)], isAbove, today), chains);
        }
    }

    private Enterprise MakeFirm(Region county, string industry, bool isAbove, DateOnly today)
    {
        var founded = new DateOnly(1995, 1, 1).AddDays(random.Next(0, 365 * 29));
        var shortCounty = county.Name.Length > 2 ? county.Name[..^1] : county.Name;
        var name = $"{shortCounty}{Pick(DemoCityPlan.NameWords)}{reference.IndustryName(industry)[..2]}{Pick(DemoCityPlan.Suffixes)}（示例）";
        var profile = new EnterpriseProfile(name, county.Code, random.NextDouble() < 0.6 ? $"{shortCounty}工业园区" : null, industry,
            isAbove ? random.Next(20, 300) + random.Next(0, 100) / 100m : random.NextDouble() < 0.3 ? 0 : random.Next(1, 40),
            isAbove ? random.Next(50, 2000) : random.Next(5, 200), founded, $"联系人{random.Next(1, 999):000}",
            $"0915-{random.Next(2000000, 9999999)}", $"{county.Name}示例路{random.Next(1, 300)}号");
        // Firms that moved above scale recently carry the 升规 in their history; others were above from the start.
        var risen = isAbove && random.NextDouble() < 0.15;
        var start = founded.AddYears(1) < today ? founded.AddYears(1) : founded;
        var firm = Enterprise.Create(NewCreditCode(county.Code), profile, risen ? EnterpriseScale.BelowScale : isAbove ? EnterpriseScale.AboveScale : EnterpriseScale.BelowScale,
            OperatingStatus.Operating, start, "demo");
        if (risen)
        {
            firm.ChangeScale(EnterpriseScale.AboveScale, new DateOnly(today.Year - random.Next(1, 3), 1, 1), "升规", "demo");
        }
        var trouble = random.NextDouble();
        if (trouble < 0.05)
        {
            var status = trouble < 0.03 ? OperatingStatus.Suspended : trouble < 0.04 ? OperatingStatus.MovedOut : OperatingStatus.Deregistered;
            firm.ChangeStatus(status, today.AddDays(-random.Next(30, 700)), "示例：经营异常", "demo");
        }
        AddTags(firm, isAbove, today);
        return firm;
    }

    private void AddTags(Enterprise firm, bool isAbove, DateOnly today)
    {
        void Maybe(EnterpriseTagKind kind, double p, int years)
        {
            if (random.NextDouble() < p)
            {
                var granted = today.AddDays(-random.Next(30, 365 * 3));
                firm.AddTag(kind, granted, years > 0 ? granted.AddYears(years) : null, null);
            }
        }
        Maybe(EnterpriseTagKind.Leading, isAbove ? 0.08 : 0, 0);
        Maybe(EnterpriseTagKind.ChainOwner, isAbove ? 0.02 : 0, 0);
        Maybe(EnterpriseTagKind.HighTech, isAbove ? 0.2 : 0.04, 3);
        Maybe(EnterpriseTagKind.Specialized, isAbove ? 0.08 : 0.02, 3);
        Maybe(EnterpriseTagKind.LittleGiant, isAbove ? 0.01 : 0, 3);
        Maybe(EnterpriseTagKind.TechSme, 0.12, 1);
        Maybe(EnterpriseTagKind.InnovativeSme, 0.08, 3);
    }

    private string NewCreditCode(string countyCode)
    {
        while (true)
        {
            var org = string.Concat(Enumerable.Range(0, 9).Select(_ => CreditCode.Alphabet[random.Next(CreditCode.Alphabet.Length)]));
            var code = CreditCode.Complete("91" + countyCode + org);
            if (codes.Add(code))
            {
                return code;
            }
        }
    }

    private string Pick(string[] items) => items[random.Next(items.Length)];
}
