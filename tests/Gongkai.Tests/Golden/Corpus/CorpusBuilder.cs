using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Build;
using Gongkai.Diagnostics;
using Gongkai.Model;
using Gongkai.Tests.Support;
using YamlDotNet.RepresentationModel;
using static Gongkai.Tests.Golden.Corpus.TextEdits;

namespace Gongkai.Tests.Golden.Corpus;

/// <summary>
/// Generates the broken-input corpus from the real content: for every table, unit and file it makes the kinds of
/// mistakes maintainers make (a digit changed, a row removed, a key misspelt, a wrong type, a truncated file, a BOM,
/// tabs, invalid UTF-8, a huge file, a path-traversing id, HTML in a text field, a wrong figure in the explanations)
/// and computes from the loaded model where the finding must be reported.
/// </summary>
internal static partial class CorpusBuilder
{
    private static readonly Lazy<IReadOnlyDictionary<string, MutationCase>> Built = new(Build);

    public static IReadOnlyDictionary<string, MutationCase> Cases => Built.Value;

    [GeneratedRegex(@"^(\s*(?:- )?)([a-z_]+):", RegexOptions.Multiline)]
    private static partial Regex KeyLine();

    private static readonly string[] TextKeys =
        ["title", "name", "note", "project", "goal", "organisation", "publisher", "scope", "definition", "term", "label", "value", "basis", "scoring", "evidence", "owner", "short_name", "description", "functions_intro"];

    private static IReadOnlyDictionary<string, MutationCase> Build()
    {
        var (site, baseline) = BuildPipeline.Check(Repo.Root);
        var flagged = baseline.Select(d => (d.Span.File, d.Span.Start.Line)).ToHashSet();
        var cases = new List<MutationCase>();
        foreach (var d in site.Disclosures.OrderBy(d => d.Folder, StringComparer.Ordinal))
        {
            foreach (var table in d.Tables.Where(t => !t.Empty))
            {
                cases.AddRange(DigitChanged(table, flagged));
                cases.AddRange(RowRemoved(table, flagged));
                cases.AddRange(Truncated(table));
            }

            cases.AddRange(PerDisclosure(d));
            cases.AddRange(Explanations(d, site.TextTerms));
            cases.AddRange(Catalogue(d));
        }

        foreach (var file in Directory.GetFiles(Repo.Path("content"), "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Repo.Root, file).Replace('\\', '/');
            cases.AddRange(KeyMisspelt(relative));
            cases.AddRange(Html(relative));
        }

        cases.AddRange(Units(site));
        return cases.ToDictionary(c => c.Name, StringComparer.Ordinal);
    }

    private static string Text(string relative) => File.ReadAllText(Repo.Path(relative));

    private static string Slug(string relative) => relative.Replace("content/units/", "", StringComparison.Ordinal).Replace('/', '_').Replace(".yml", "", StringComparison.Ordinal).Replace(".md", "", StringComparison.Ordinal);

    /// <summary>The integer part of a total-row amount raised by one: the total no longer equals its rows.</summary>
    private static IEnumerable<MutationCase> DigitChanged(BudgetTable table, HashSet<(string, int)> flagged)
    {
        var section = table.Sections[0];
        var total = section.Rows.FirstOrDefault(r => r.IsTotal);
        if (total is null || !section.Rows.Any(r => !r.IsSumRow) || flagged.Contains((table.File, total.Span.Start.Line)))
        {
            yield break;
        }

        var cell = section.Columns.Select(c => total[c.Key]).FirstOrDefault(c => c is not null && c.Value >= 1m);
        if (cell is null)
        {
            yield break;
        }

        var text = Text(table.File);
        var at = Offset(text, cell.Span.Start.Line, cell.Span.Start.Column);
        var published = NumberAt(text, at);
        var changed = (decimal.Parse(published, CultureInfo.InvariantCulture) + 1m).ToString(CultureInfo.InvariantCulture);
        yield return new MutationCase($"digit-changed_{Slug(table.File)}", table.File, Splice(at, published.Length, changed), cell.Span.Start.Line,
            DiagnosticCodes.TotalMismatch, false, $"表{table.Number}“{total.Name}”行 {published} 改为 {changed}");
    }

    /// <summary>A leaf row with a nonzero amount deleted: its parent no longer equals the sum of its children.</summary>
    private static IEnumerable<MutationCase> RowRemoved(BudgetTable table, HashSet<(string, int)> flagged)
    {
        foreach (var section in table.Sections.Where(s => s.Definition.Hierarchy != Hierarchy.Outline))
        {
            var coded = section.Rows.Where(r => r.Code is not null && r.Project is null && !r.IsSumRow).ToList();
            var leaf = coded.LastOrDefault(r =>
                r.Code!.Length > 3
                && coded.Count(s => s.Code!.Length == r.Code.Length && s.Code[..^2] == r.Code[..^2]) >= 2
                && coded.Count(s => s.Code == r.Code) == 1
                && !section.Rows.Any(c => c.Code is { } other && other.Length > r.Code.Length && other.StartsWith(r.Code, StringComparison.Ordinal))
                && coded.Any(p => p.Code == r.Code[..^2] && !flagged.Contains((table.File, p.Span.Start.Line)))
                && r.Cells.Values.Any(c => c.Value != 0m));
            if (leaf is null)
            {
                continue;
            }

            var parent = coded.First(p => p.Code == leaf.Code![..^2]);
            var line = Line(Text(table.File), leaf.Span.Start.Line).Trim();
            if (!line.StartsWith("- {", StringComparison.Ordinal) || !line.EndsWith('}'))
            {
                continue;
            }

            yield return new MutationCase($"row-removed_{Slug(table.File)}_{section.Definition.Id}", table.File, RemoveLine(leaf.Span.Start.Line), parent.Span.Start.Line,
                DiagnosticCodes.TotalMismatch, false, $"表{table.Number} 删去 {leaf.Code} {leaf.Name} 一行，上级 {parent.Code} 不再等于下级之和");
        }
    }

    /// <summary>The file cut in the middle of its third row, as an interrupted save leaves it.</summary>
    private static IEnumerable<MutationCase> Truncated(BudgetTable table)
    {
        var rows = table.AllRows.ToList();
        if (rows.Count < 3)
        {
            yield break;
        }

        var text = Text(table.File);
        var line = rows[2].Span.Start.Line;
        var cut = Offset(text, line, 1) + Line(text, line).Length / 2;
        yield return new MutationCase($"truncated_{Slug(table.File)}", table.File, bytes => Bytes(Utf8(bytes)[..cut]), 0,
            DiagnosticCodes.YamlSyntax, false, $"表{table.Number} 在第 {line} 行中间被截断");
    }

    /// <summary>The first key of a YAML file misspelt (an x appended): an unknown key at that line.</summary>
    private static IEnumerable<MutationCase> KeyMisspelt(string relative)
    {
        var text = Text(relative);
        var key = KeyLine().Match(text);
        if (!key.Success)
        {
            yield break;
        }

        var at = key.Groups[2].Index + key.Groups[2].Length;
        yield return new MutationCase($"key-misspelt_{Slug(relative)}", relative, Splice(at, 0, "x"), LineOf(text, at),
            DiagnosticCodes.UnknownKey, false, $"键 {key.Groups[2].Value} 写成 {key.Groups[2].Value}x");
    }

    /// <summary>&lt;script&gt; put at the start of the first value of every text key in the file.</summary>
    private static IEnumerable<MutationCase> Html(string relative)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(Text(relative)));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, scalar) in TextScalars(stream.Documents[0].RootNode))
        {
            if (!seen.Add(key))
            {
                continue;
            }

            var start = (int)scalar.Start.Index;
            var quoted = scalar.Style is YamlDotNet.Core.ScalarStyle.DoubleQuoted or YamlDotNet.Core.ScalarStyle.SingleQuoted;
            var insert = quoted ? start + 1 : start;
            var payload = quoted ? "<script>alert(1)</script>" : "\"<script>alert(1)</script>";
            Func<byte[], byte[]> edit = quoted
                ? Splice(insert, 0, payload)
                : Splice(start, (int)(scalar.End.Index - scalar.Start.Index), payload + Escape(scalar.Value ?? "") + "\"");
            yield return new MutationCase($"html_{Slug(relative)}_{key}", relative, edit, (int)scalar.Start.Line,
                DiagnosticCodes.Markup, true, $"{key} 的值前面加上 <script>alert(1)</script>");
        }
    }

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static IEnumerable<(string Key, YamlScalarNode Value)> TextScalars(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (k, v) in map.Children)
                {
                    var key = ((YamlScalarNode)k).Value ?? "";
                    if (v is YamlScalarNode s && TextKeys.Contains(key) && s.Value is { Length: > 0 } && !decimal.TryParse(s.Value, CultureInfo.InvariantCulture, out _) && s.Value is not ("true" or "false") && s.Style is not YamlDotNet.Core.ScalarStyle.Literal and not YamlDotNet.Core.ScalarStyle.Folded && s.Start.Line == s.End.Line)
                    {
                        yield return (key, s);
                    }
                    else if (key == "functions" && v is YamlSequenceNode { Children: [YamlScalarNode first, ..] } && first.Start.Line == first.End.Line)
                    {
                        yield return (key, first);
                    }
                    else
                    {
                        foreach (var inner in TextScalars(v))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case YamlSequenceNode seq:
                foreach (var item in seq.Children)
                {
                    foreach (var inner in TextScalars(item))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
