using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ChainChief.Tests.Platform;

/// <summary>Every text the UI asks the localizer for has a Simplified Chinese translation.</summary>
public sealed partial class LocalizationTests
{
    private static string WebProject([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "../../../src/ChainChief.Web"));

    [Fact]
    public void Every_localized_text_has_a_Chinese_translation()
    {
        var resx = XDocument.Load(Path.Combine(WebProject(), "Resources/SharedResource.zh-CN.resx"));
        var translated = resx.Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);
        var used = Directory.EnumerateFiles(WebProject(), "*.razor", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(WebProject(), "*.razor.cs", SearchOption.AllDirectories))
            .SelectMany(f => KeyPattern().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();
        Assert.True(used.Count > 100, $"only {used.Count} localized texts found");
        var missing = used.Where(u => !translated.ContainsKey(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct().ToList();
        Assert.True(missing.Count == 0, "Missing zh-CN translations:\n" + string.Join("\n", missing));
        Assert.All(translated, t => Assert.False(string.IsNullOrWhiteSpace(t.Value), t.Key));
    }

    /// <summary>The resource build keeps one of two names that differ only in case, so the other silently shows in English.</summary>
    [Theory]
    [InlineData("SharedResource.resx")]
    [InlineData("SharedResource.zh-CN.resx")]
    public void No_two_texts_differ_only_in_case(string file)
    {
        var names = XDocument.Load(Path.Combine(WebProject(), "Resources", file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!);
        var clashes = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)).ToList();
        Assert.True(clashes.Count == 0, "Names differing only in case:\n" + string.Join("\n", clashes));
    }

    [GeneratedRegex("""L\["([^"]+)"\]""")]
    private static partial Regex KeyPattern();
}
