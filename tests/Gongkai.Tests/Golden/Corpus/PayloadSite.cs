using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Build;
using Gongkai.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Gongkai.Tests.Golden.Corpus;

/// <summary>
/// A copy of the real site with an XSS payload, led by a distinct marker, in every text value of every YAML file
/// (content/ and site.yml) and at the top of every Markdown file — all in one site, so one build covers them all.
/// Fields where the payload is itself an error (a catalogue name that must match, an id) are put back and counted
/// apart; the payloads used here only warn (GK1016), so the site is written. URL payloads are errors and are tested
/// in <see cref="HostileInputTests"/> and LinkSafetyTests.
/// </summary>
internal sealed partial class PayloadSite : IDisposable
{
    /// <summary>Script element, event-handler attribute, attribute break-out (both quotes), title break-out.</summary>
    public const string Payload = "<script>alert(1)</script>\" onmouseover=alert(1) x=\"' onfocus=alert(1) autofocus='\"><img src=x onerror=alert(1)></title><script>alert(2)</script>";

    private readonly Dictionary<string, string> _originals = new(StringComparer.Ordinal);

    public PayloadSite()
    {
        foreach (var file in Directory.GetFiles(Copy.Path("content"), "*.yml", SearchOption.AllDirectories).Append(Copy.Path("site.yml")).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Copy.Root, file).Replace('\\', '/');
            var text = File.ReadAllText(file);
            _originals[relative] = text;
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (relative.StartsWith("content/classification/", StringComparison.Ordinal))
            {
                continue; // the catalogue's names are what table rows are matched against, not text shown as typed
            }

            foreach (var scalar in Scalars(stream.Documents[0].RootNode, "").Where(s => IsText(s.Value) && !IsMatchedData(relative, s.Key)).Select(s => s.Value))
            {
                Fields.Add(new PayloadField(relative, Marker(Fields.Count), (int)scalar.Start.Index, (int)scalar.End.Index, (int)scalar.Start.Line, (int)scalar.End.Line, scalar.Value ?? "", false));
            }
        }

        foreach (var file in Directory.GetFiles(Copy.Path("content"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Copy.Root, file).Replace('\\', '/');
            _originals[relative] = File.ReadAllText(file);
            Fields.Add(new PayloadField(relative, Marker(Fields.Count), 0, 0, 1, 1, "", true));
        }

        Active = [.. Fields];
        Settle();
    }

    public SiteCopy Copy { get; } = new();

    public List<PayloadField> Fields { get; } = [];

    /// <summary>Fields that keep their payload in the built site.</summary>
    public HashSet<PayloadField> Active { get; }

    public BuildResult Build() => BuildPipeline.Run(new BuildOptions(Copy.Root));

    public void Dispose() => Copy.Dispose();

    private static string Marker(int n) => $"ZQ{n.ToString("D4", CultureInfo.InvariantCulture)}Q";

    /// <summary>Writes the payloads, then puts back every field that makes an error, until the site checks clean.</summary>
    private void Settle()
    {
        var blocking = new List<Gongkai.Diagnostics.Diagnostic>();
        for (var round = 0; round < 16; round++)
        {
            Write();
            var (_, diagnostics) = BuildPipeline.Check(Copy.Root);
            blocking = [.. diagnostics.Where(d => d.IsBlocking)];
            if (blocking.Count == 0)
            {
                return;
            }

            // A per-file summary ("another N not listed", GK1018 at 1:1) names no field: the listed ones are put back
            // first, and the rest are listed in the next round.
            foreach (var d in blocking.Where(d => !(d.Code == Gongkai.Diagnostics.DiagnosticCodes.LimitExceeded && d.Span.Start == Gongkai.Diagnostics.SourceMark.Start && d.Message.Contains("没有列出", StringComparison.Ordinal))))
            {
                var culprits = Active.Where(f => d.Message.Contains(f.Marker, StringComparison.Ordinal)
                    || (f.File == d.Span.File && d.Span.Start.Line >= f.Line && d.Span.Start.Line <= f.EndLine)).ToList();
                if (culprits.Count == 0)
                {
                    culprits = [.. Active.Where(f => f.File == d.Span.File)];
                }

                foreach (var f in culprits)
                {
                    Active.Remove(f);
                }
            }
        }

        throw new InvalidOperationException("payload site does not settle:\n" + string.Join("\n", blocking.Take(20)));
    }

    private void Write()
    {
        foreach (var (file, original) in _originals)
        {
            var text = original;
            foreach (var f in Active.Where(f => f.File == file).OrderByDescending(f => f.Start))
            {
                text = f.Markdown
                    ? $"{f.Marker}{Payload}\n\n{text}"
                    : string.Concat(text.AsSpan(0, f.Start), Quote(f.Marker + Payload + f.Value), original[f.Start..f.End].EndsWith('\n') ? "\n" : "", text.AsSpan(f.End));
            }

            File.WriteAllText(Copy.Path(file), text);
        }
    }

    /// <summary>
    /// Values matched against other text rather than shown: a findings entry's locator, and the words of table-kinds.yml
    /// that name a figure in the explanations (a payload there makes the words name nothing, an error elsewhere).
    /// </summary>
    private static bool IsMatchedData(string file, string key) =>
        (file.EndsWith("findings.yml", StringComparison.Ordinal) && key is "row" or "quote" or "table" or "column" or "rule")
        || (file == "content/table-kinds.yml" && key is "words" or "section" or "not_section");

    private static string Quote(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in value)
        {
            sb.Append(c switch { '\\' => "\\\\", '"' => "\\\"", '\n' => "\\n", '\t' => "\\t", _ => c.ToString() });
        }

        return sb.Append('"').ToString();
    }

    /// <summary>Text, not a number, a boolean, a date, an id or a code (those cannot hold a payload and are checked elsewhere).</summary>
    private static bool IsText(YamlScalarNode s) =>
        s.Value is { Length: > 0 } v && !decimal.TryParse(v, CultureInfo.InvariantCulture, out _) && v is not ("true" or "false" or "~" or "null") && !IdLike().IsMatch(v);

    /// <summary>Every scalar value with the key it belongs to (a list item belongs to the list's key).</summary>
    private static IEnumerable<(string Key, YamlScalarNode Value)> Scalars(YamlNode node, string key) => node switch
    {
        YamlMappingNode map => map.Children.SelectMany(kv => Scalars(kv.Value, (kv.Key as YamlScalarNode)?.Value ?? "")),
        YamlSequenceNode seq => seq.Children.SelectMany(item => Scalars(item, key)),
        YamlScalarNode scalar => [(key, scalar)],
        _ => [],
    };

    [GeneratedRegex(@"^[a-z0-9][a-z0-9_\-./]*$|^[0-9\-]+$")]
    private static partial Regex IdLike();
}
