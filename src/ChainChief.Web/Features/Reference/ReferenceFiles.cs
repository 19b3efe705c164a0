using System.Reflection;

namespace ChainChief.Web.Features.Reference;

/// <summary>Reads the reference CSVs embedded from Data/Seed/Reference (copied from shared/data, see its README).</summary>
public static class ReferenceFiles
{
    public static IReadOnlyList<Region> ReadRegions()
    {
        var provinces = Rows("provinces.csv").Select(r => new Region { Code = r[0], Name = r[1], Level = RegionLevel.Province });
        var cities = Rows("cities.csv").Select(r => new Region { Code = r[0], Name = r[1], Level = RegionLevel.City, ParentCode = r[2] });
        var counties = Rows("areas.csv").Select(r => new Region { Code = r[0], Name = r[1], Level = RegionLevel.County, ParentCode = r[2] });
        return [.. provinces, .. cities, .. counties];
    }

    public static IReadOnlyList<Industry> ReadIndustries()
    {
        var divisions = Rows("industrial_divisions_BCD.csv").Select(r => r[1]).ToHashSet();
        // code,name,level,level_name,section,division,parent_code,implied,industrial_scope
        return Rows("gbt4754_2017.csv").Select(r => new Industry
        {
            Code = r[0],
            Name = r[1],
            Level = int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture),
            Section = r[4],
            ParentCode = r[6] == "" ? null : r[6],
            IsIndustrial = r[8] == "1",
            IsIndustrialDivision = r[2] == "2" && divisions.Contains(r[0]),
        }).ToList();
    }

    private static IEnumerable<string[]> Rows(string file)
    {
        var asm = Assembly.GetExecutingAssembly();
        var name = asm.GetManifestResourceNames().Single(n => n.EndsWith("." + file, StringComparison.Ordinal));
        using var reader = new StreamReader(asm.GetManifestResourceStream(name)!);
        reader.ReadLine(); // header
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return SplitCsvLine(line);
            }
        }
    }

    /// <summary>Comma-separated fields, each optionally in double quotes ("" inside quotes is a quote).</summary>
    public static string[] SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else { field.Append(c); }
        }
        fields.Add(field.ToString());
        return [.. fields];
    }
}
