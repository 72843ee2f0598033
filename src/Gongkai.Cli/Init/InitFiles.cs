using System.Text.Json.Nodes;
using Gongkai.Tool;

namespace Gongkai.Cli.Init;

/// <summary>
/// The files of a new content repository (<c>gongkai init</c>): site.yml, the content skeleton from the tool's embedded
/// defaults (table kinds, catalogue, glossary), editor settings that wire the schemas, a pinned tool manifest and the
/// GitHub/GitLab workflows. Templates are not copied: the tool's defaults render unless the repository adds templates/.
/// </summary>
internal static class InitFiles
{
    /// <summary>Where init writes the JSON Schemas (and where .vscode/settings.json points).</summary>
    public const string SchemaFolder = "schemas";

    public static Dictionary<string, string> Content(string title, string regionId, string regionName)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["site.yml"] =
                $"# 站点设置（gongkai init 生成）\ntitle: {Scaffold.Quote(title)}\ndescription: {Scaffold.Quote($"{title}：各单位预算公开，数据逐项核对。")}\n" +
                "base_url: /\nlanguage: zh-CN\noutput: _site\n# 校验容差：每个加数允许的舍入差（万元）\ntolerance: 0.01\n",
            ["content/regions.yml"] = $"# 地区。单位（units/<id>/unit.yml）的 region 引用这里的 id。\nregions:\n  - id: {regionId}\n    name: {Scaffold.Quote(regionName)}\n",
            [".gitignore"] = Resource("gitignore"),
            [".github/workflows/gongkai.yml"] = Resource("github-workflow.yml"),
            [".gitlab-ci.yml"] = Resource("gitlab-ci.yml"),
            [".vscode/extensions.json"] = Resource("vscode-extensions.json"),
            [".config/dotnet-tools.json"] = ToolManifest(),
        };
        foreach (var path in DefaultFiles.Paths.Where(p => p.StartsWith("content/", StringComparison.Ordinal)))
        {
            files[path] = DefaultFiles.Text(path);
        }

        return files;
    }

    /// <summary>VS Code settings for the YAML language server (redhat.vscode-yaml): each schema file and the content files it describes.</summary>
    public static string VsCodeSettings(IEnumerable<(string SchemaFile, string Glob)> schemas)
    {
        var map = new JsonObject();
        foreach (var (file, glob) in schemas)
        {
            map[$"./{SchemaFolder}/{file}"] = glob;
        }

        var settings = new JsonObject { ["yaml.schemas"] = map, ["files.encoding"] = "utf8", ["files.eol"] = "\n" };
        return settings.ToJsonString(JsonOutput.Indented) + "\n";
    }


    /// <summary>A local tool manifest pinning this version, so CI runs the same gongkai as the maintainer (<c>dotnet tool restore</c>).</summary>
    private static string ToolManifest()
    {
        var version = ToolVersion.Informational.Split('+')[0];
        var manifest = new JsonObject
        {
            ["version"] = 1,
            ["isRoot"] = true,
            ["tools"] = new JsonObject { ["gongkai"] = new JsonObject { ["version"] = version, ["commands"] = new JsonArray("gongkai") } },
        };
        return manifest.ToJsonString(JsonOutput.Indented) + "\n";
    }

    public static string Resource(string name)
    {
        using var stream = typeof(InitFiles).Assembly.GetManifestResourceStream($"init/{name}") ?? throw new FileNotFoundException(name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
