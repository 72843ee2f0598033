using System.Diagnostics;
using Gongkai.Diagnostics;
using Gongkai.Load;
using Gongkai.Model;
using Gongkai.Validate;
using Gongkai.Write;

namespace Gongkai.Build;

/// <summary>Load → validate → render → index → write, in one direction; nothing is written unless all succeeded.</summary>
public static class BuildPipeline
{
    /// <summary>Where a refused <c>--out</c> is reported (it has no file of its own).</summary>
    public const string CommandLineOutput = "--out";

    /// <summary>Loads and validates only (the <c>check</c> command).</summary>
    public static (SiteContent Content, IReadOnlyList<Diagnostic> Diagnostics) Check(string root, bool strict = false)
    {
        var bag = new DiagnosticBag();
        var content = ContentLoader.Load(root, bag);
        Validator.Run(content, bag);
        OutputSetting.Check(root, content.Config.Output, bag);
        var diagnostics = bag.Sorted();
        if (strict)
        {
            diagnostics = [.. diagnostics.Select(d => d.Severity == Severity.Warning && d.AcknowledgedNote is null ? d with { Severity = Severity.Error } : d)];
        }

        return (content, diagnostics);
    }

    /// <summary>Loads, validates and renders into memory (the files of the site, marker excluded); nothing is written.</summary>
    public static (SiteContent Content, IReadOnlyList<Diagnostic> Diagnostics, List<OutputFile>? Files) Render(string root, bool strict = false)
    {
        var (content, diagnostics) = Check(root, strict);
        if (diagnostics.Any(d => d.IsBlocking))
        {
            return (content, diagnostics, null);
        }

        var templateErrors = new DiagnosticBag();
        var files = Gongkai.Render.SiteRenderer.TryRender(content, diagnostics, root, templateErrors);
        if (files is null)
        {
            // Template errors (GK0002) are reported like content errors: exit 1, nothing written.
            return (content, [.. diagnostics, .. templateErrors.Sorted()], null);
        }

        files.AddRange(Index.SearchIndexBuilder.Build(content, files));
        return (content, diagnostics, files);
    }

    public static BuildResult Run(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        if (options.Output is not null && OutputSetting.FromCommandLine(options.Root, options.Output) is { } refused)
        {
            return Refused(refused, SourceSpan.WholeFile(CommandLineOutput), usage: true, clock);
        }

        if (!options.WriteSite)
        {
            return new BuildResult(Check(options.Root, options.Strict).Diagnostics, 0, 0, null, clock.Elapsed);
        }

        var (content, diagnostics, files) = Render(options.Root, options.Strict);
        if (files is null)
        {
            return new BuildResult(diagnostics, 0, 0, null, clock.Elapsed);
        }

        var output = Path.GetFullPath(Path.Combine(options.Root, options.Output ?? content.Config.Output));
        if (OutputFolder.CheckReplaceable(output, files) is { } notOurs)
        {
            var span = options.Output is null ? OutputSetting.SpanOfValue(options.Root) : SourceSpan.WholeFile(CommandLineOutput);
            return new BuildResult([.. diagnostics, Error(notOurs, span)], 0, 0, null, clock.Elapsed) { UsageError = options.Output is not null };
        }

        SiteWriter.Write(output, files);
        var pages = files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        return new BuildResult(diagnostics, pages, files.Count + 1, output, clock.Elapsed);
    }

    private static BuildResult Refused(OutputRefusal refusal, SourceSpan span, bool usage, Stopwatch clock) =>
        new([Error(refusal, span)], 0, 0, null, clock.Elapsed) { UsageError = usage };

    private static Diagnostic Error(OutputRefusal refusal, SourceSpan span) => new(Severity.Error, refusal.Code, span, refusal.Message);
}
