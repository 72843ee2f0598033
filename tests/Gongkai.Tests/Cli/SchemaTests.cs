using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Gongkai.Diagnostics;
using Gongkai.Load;
using Gongkai.Schema;
using Gongkai.Tests.Golden;
using Gongkai.Tests.Support;
using Json.Schema;

namespace Gongkai.Tests.Cli;

/// <summary>
/// The generated JSON Schemas, checked with JsonSchema.Net: every real content file conforms to the schema its
/// path selects (the globs VS Code uses), and the golden broken cases that the loader rejects for a schema-shaped
/// reason (unknown key, missing field, wrong type, amount text, id or code pattern, kind) are rejected too.
/// </summary>
public sealed class SchemaTests
{
    /// <summary>The loader codes a schema can express; sums, cross-checks, encodings and syntax are not schema matters.</summary>
    private static readonly HashSet<string> SchemaCodes = [DiagnosticCodes.UnknownKey, DiagnosticCodes.MissingField, DiagnosticCodes.WrongType,
        DiagnosticCodes.InvalidAmount, DiagnosticCodes.InvalidId, DiagnosticCodes.InvalidCode];

    private static readonly Lazy<IReadOnlyList<(Regex Glob, SchemaFile File, JsonSchema Schema)>> Schemas = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var (kinds, _, _) = TableKindLoader.Load(Repo.Root, diagnostics);
        Assert.False(diagnostics.HasErrors);
        return [.. ContentSchemas.Generate(kinds).Select(s => (Glob(s.Glob), s, JsonSchema.FromText(s.Schema.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() })))];
    });

    public static TheoryData<string> ContentFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Repo.Path("content"), "*.yml", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Repo.Root, f).Replace('\\', '/')).Where(f => f != "content/table-kinds.yml").Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        data.Add("site.yml");
        return data;
    }

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void Every_real_content_file_conforms_to_its_schema(string file)
    {
        var errors = Validate(file, File.ReadAllText(Repo.Path(file)));
        Assert.True(errors.Count == 0, $"{file}:\n{string.Join("\n", errors)}");
    }

    [Fact]
    public void Every_table_kind_has_a_schema_and_every_content_file_kind_is_covered()
    {
        var names = Schemas.Value.Select(s => s.File.FileName).ToHashSet(StringComparer.Ordinal);
        foreach (var name in new[] { "site", "unit", "disclosure", "performance", "findings", "glossary", "regions", "classification" })
        {
            Assert.Contains($"{name}.schema.json", names);
        }

        var diagnostics = new DiagnosticBag();
        Assert.All(TableKindLoader.Load(Repo.Root, diagnostics).Kinds, k => Assert.Contains($"table-{k.Id}.schema.json", names));
        Assert.All(((IEnumerable<object[]>)ContentFiles()).Select(f => (string)f[0]), f => Assert.Single(Schemas.Value, s => s.Glob.IsMatch(f)));
    }

    public static TheoryData<string> SchemaShapedGoldenCases()
    {
        var data = new TheoryData<string>();
        foreach (var name in GoldenCase.All().Select(c => (string)c[0]))
        {
            var spec = GoldenCase.Load(name);
            var codes = spec.Expectations.Select(e => GoldenCase.Field(e, "code")).ToList();
            var file = spec.Get("file")!;
            var shaped = codes.Any(c => c is not null && SchemaCodes.Contains(c))
                || (codes.Contains(DiagnosticCodes.PathMismatch) && file.Contains("/tables/", StringComparison.Ordinal));
            if (shaped && file.EndsWith(".yml", StringComparison.Ordinal) && spec.Get("find") is not null && spec.Get("replace") is not null)
            {
                data.Add(name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SchemaShapedGoldenCases))]
    public void The_schemas_reject_the_golden_cases_the_loader_rejects_for_their_shape(string name)
    {
        var spec = GoldenCase.Load(name);
        var file = spec.Get("file")!;
        var text = File.ReadAllText(Repo.Path(file));
        var find = spec.Get("find")!;
        Assert.Contains(find, text, StringComparison.Ordinal);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        var broken = string.Concat(text.AsSpan(0, at), spec.Get("replace"), text.AsSpan(at + find.Length));

        Assert.Empty(Validate(file, text));
        Assert.NotEmpty(Validate(file, broken));
    }

    [Fact]
    public void The_golden_cases_include_every_schema_shaped_code()
    {
        var covered = ((IEnumerable<object[]>)SchemaShapedGoldenCases()).SelectMany(c => GoldenCase.Load((string)c[0]).Expectations.Select(e => GoldenCase.Field(e, "code"))).ToHashSet();
        Assert.All(SchemaCodes, c => Assert.Contains(c, covered));
    }

    private static List<string> Validate(string file, string yaml)
    {
        var schema = Assert.Single(Schemas.Value, s => s.Glob.IsMatch(file));
        var instance = JsonSerializer.SerializeToElement(YamlJson.Parse(yaml) ?? new JsonObject());
        var result = schema.Schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid ? [] : [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))];
    }

    /// <summary>The VS Code glob (<c>*</c> within one folder, <c>{a,b}</c> alternatives) as a regular expression.</summary>
    private static Regex Glob(string glob)
    {
        var pattern = Regex.Escape(glob).Replace(@"\*", "[^/]*", StringComparison.Ordinal).Replace(@"\{", "(", StringComparison.Ordinal).Replace("}", ")", StringComparison.Ordinal).Replace(",", "|", StringComparison.Ordinal);
        return new Regex($"^{pattern}$", RegexOptions.CultureInvariant);
    }
}
