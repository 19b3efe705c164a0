using System.Reflection;
using System.Text.Json;
using ChainChief.Web.Features.Chains;

namespace ChainChief.Web.Data.Seed.Demo;

/// <summary>
/// Chain-map templates of the nine demo chains (upstream → midstream → downstream nodes with GB/T 4754 codes), embedded
/// from Data/Seed/Demo/ChainMaps. Firms are left out: the demo seeder places its generated firms on the nodes.
/// </summary>
public static class DemoChainMaps
{
    /// <summary>One file per chain, in the order of <see cref="DemoCityPlan.Chains"/>.</summary>
    public static readonly string[] Files =
    [
        "01-electronic-harness.json", "02-plush-toys.json", "03-selenium-food.json", "04-new-materials.json", "05-equipment.json",
        "06-biomedicine.json", "07-clean-energy.json", "08-textiles-apparel.json", "09-optoelectronics.json",
    ];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<ChainMapDocument> Load()
    {
        var asm = Assembly.GetExecutingAssembly();
        var names = asm.GetManifestResourceNames();
        return Files.Select(file =>
        {
            var name = names.Single(n => n.EndsWith(".ChainMaps." + file, StringComparison.Ordinal));
            using var stream = asm.GetManifestResourceStream(name)!;
            return JsonSerializer.Deserialize<ChainMapDocument>(stream, Json)
                ?? throw new InvalidOperationException($"Empty chain map {file}");
        }).ToList();
    }
}
