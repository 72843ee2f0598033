using System.Diagnostics;
using Gongkai.Diagnostics;
using Gongkai.Load;
using Gongkai.Model;
using Gongkai.Validate;

namespace Gongkai.Build;

/// <summary>Load → validate → render → index → write, in one direction; nothing is written unless all succeeded.</summary>
public static class BuildPipeline
{
    /// <summary>Loads and validates only (the <c>check</c> command).</summary>
    public static (SiteContent Content, IReadOnlyList<Diagnostic> Diagnostics) Check(string root, bool strict = false)
    {
        var bag = new DiagnosticBag();
        var content = ContentLoader.Load(root, bag);
        Validator.Run(content, bag);
        var diagnostics = bag.Sorted();
        if (strict)
        {
            diagnostics = [.. diagnostics.Select(d => d.Severity == Severity.Warning && d.AcknowledgedNote is null ? d with { Severity = Severity.Error } : d)];
        }

        return (content, diagnostics);
    }

    public static BuildResult Run(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var (content, diagnostics) = Check(options.Root, options.Strict);
        if (diagnostics.Any(d => d.IsBlocking) || !options.WriteSite)
        {
            return new BuildResult(diagnostics, 0, 0, null, clock.Elapsed);
        }

        var output = Path.GetFullPath(Path.Combine(options.Root, options.Output ?? content.Config.Output));
        var templateErrors = new DiagnosticBag();
        var files = Render.SiteRenderer.TryRender(content, diagnostics, options.Root, templateErrors);
        if (files is null)
        {
            // Template errors (GK0002) are reported like content errors: exit 1, nothing written.
            return new BuildResult([.. diagnostics, .. templateErrors.Sorted()], 0, 0, null, clock.Elapsed);
        }

        files.AddRange(Index.SearchIndexBuilder.Build(content, files));
        Write.SiteWriter.Write(output, files);
        var pages = files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        return new BuildResult(diagnostics, pages, files.Count, output, clock.Elapsed);
    }
}
