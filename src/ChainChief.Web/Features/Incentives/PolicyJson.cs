using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChainChief.Web.Features.Incentives;

/// <summary>
/// How rules, formulas and parameters are stored and exchanged: camelCase JSON with enums as names and Chinese kept
/// readable, so an exported policy can be read and edited by hand and imported elsewhere.
/// </summary>
public static class PolicyJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The same, indented, for files people open.</summary>
    public static readonly JsonSerializerOptions Indented = new(Options) { WriteIndented = true };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>A policy definition as a file to keep or import elsewhere: indented, without the version it was read at (the input is left as it is).</summary>
    public static byte[] Export(PolicyInput input)
    {
        var node = JsonSerializer.SerializeToNode(input, Indented)!.AsObject();
        node.Remove("version");
        return JsonSerializer.SerializeToUtf8Bytes(node, Indented);
    }

    public static PolicyRule Rule(string json) => Read<PolicyRule>(json);

    public static BenefitFormula Formula(string json) => Read<BenefitFormula>(json);

    public static List<PolicyParameter> Parameters(string json) => string.IsNullOrWhiteSpace(json) ? [] : Read<List<PolicyParameter>>(json);

    public static Dictionary<string, PolicyParameter> ParameterMap(string json) => Parameters(json).ToDictionary(p => p.Name);

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException("empty");
}
