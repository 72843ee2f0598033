using System.CommandLine;
using Gongkai.Cli.Init;
using Gongkai.Diagnostics;
using Gongkai.Load;
using Gongkai.Schema;

namespace Gongkai.Cli;

/// <summary>
/// <c>gongkai schemas [--out DIR]</c>: writes the JSON Schemas of every content file kind (tables from this
/// repository's table-kinds.yml) for the editor. Rerun after changing table-kinds.yml; it replaces only *.schema.json.
/// </summary>
internal static class SchemasCommand
{

    public static Command Create(Option<string> root, TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string>("--out") { Description = $"输出目录（默认站点根目录下的 {InitFiles.SchemaFolder}/）" };
        var command = new Command("schemas", "写出各种内容文件的 JSON Schema（供编辑器的 YAML 插件提示与检查）") { output };
        command.SetAction(parse =>
        {
            var siteRoot = Path.GetFullPath(parse.GetValue(root)!);
            var dir = Path.GetFullPath(parse.GetValue(output) ?? Path.Combine(siteRoot, InitFiles.SchemaFolder), siteRoot);
            return WriteFor(siteRoot, dir, stdout, writeSettings: false, stderr);
        });
        return command;
    }

    public static IReadOnlyList<SchemaFile>? Generate(string siteRoot, TextWriter stderr)
    {
        var diagnostics = new DiagnosticBag();
        var (kinds, _, _) = TableKindLoader.Load(siteRoot, diagnostics);
        if (diagnostics.HasErrors)
        {
            DiagnosticPrinter.Print(diagnostics.Sorted(), "text", stderr);
            return null;
        }

        return ContentSchemas.Generate(kinds);
    }

    /// <summary>Writes the schemas into <paramref name="dir"/>; with <paramref name="writeSettings"/> also .vscode/settings.json (init: a new file only).</summary>
    public static int WriteFor(string siteRoot, string dir, TextWriter stdout, bool writeSettings, TextWriter? stderr = null)
    {
        var schemas = Generate(siteRoot, stderr ?? stdout);
        if (schemas is null)
        {
            return 1;
        }

        Directory.CreateDirectory(dir);
        foreach (var schema in schemas)
        {
            File.WriteAllText(Path.Combine(dir, schema.FileName), schema.Schema.ToJsonString(JsonOutput.Indented) + "\n");
        }

        stdout.WriteLine($"已写出 {schemas.Count} 个 JSON Schema 到 {Path.GetRelativePath(siteRoot, dir)}/");
        if (writeSettings)
        {
            FileOutput.WriteNew(siteRoot, ".vscode/settings.json", InitFiles.VsCodeSettings(schemas.Select(s => (s.FileName, s.Glob))), stdout);
        }

        return 0;
    }
}
