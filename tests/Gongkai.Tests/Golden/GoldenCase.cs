using YamlDotNet.RepresentationModel;

namespace Gongkai.Tests.Golden;

/// <summary>One broken-input case: an edit to a copy of the real site and the diagnostics it must produce.</summary>
internal sealed record GoldenCase(string Name, YamlMappingNode Spec)
{
    public static IEnumerable<object[]> All() =>
        Directory.GetFiles(Support.Repo.Path("tests", "Gongkai.Tests", "Golden", "cases"), "*.yml")
            .Order(StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetFileNameWithoutExtension(f) });

    public static GoldenCase Load(string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Support.Repo.Path("tests", "Gongkai.Tests", "Golden", "cases", name + ".yml"))));
        return new GoldenCase(name, (YamlMappingNode)stream.Documents[0].RootNode);
    }

    public string? Get(string key) => Spec.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;

    public IEnumerable<YamlMappingNode> Expectations =>
        Spec.Children.TryGetValue(new YamlScalarNode("expect"), out var node) ? ((YamlSequenceNode)node).Children.Cast<YamlMappingNode>() : [];

    public static string? Field(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
}
