using System.Diagnostics;
using Gongkai.Cache;
using Gongkai.Diagnostics;
using Gongkai.Index;
using Gongkai.Load;
using Gongkai.Model;
using Gongkai.Render;
using Gongkai.Validate;
using Gongkai.Write;

namespace Gongkai.Build;

/// <summary>Load → validate → render → index → write, in one direction; nothing is written unless all succeeded.</summary>
public static class BuildPipeline
{
    /// <summary>Where a refused <c>--out</c> is reported (it has no file of its own).</summary>
    public const string CommandLineOutput = "--out";

    /// <summary>Loads and validates only (the <c>check</c> command).</summary>
    public static (SiteContent Content, IReadOnlyList<Diagnostic> Diagnostics) Check(string root, bool strict = false) =>
        Check(root, strict, Stopwatch.StartNew(), out _, out _, null);

    /// <summary>Loads, validates and renders into memory (the files of the site, marker excluded); nothing is written.</summary>
    public static (SiteContent Content, IReadOnlyList<Diagnostic> Diagnostics, List<OutputFile>? Files) Render(string root, bool strict = false) =>
        Render(root, strict, cache: null);

    /// <summary>As <see cref="Render(string, bool)"/>, replaying unit-years whose inputs are unchanged from <paramref name="cache"/> (the preview).</summary>
    internal static (SiteContent Content, IReadOnlyList<Diagnostic> Diagnostics, List<OutputFile>? Files) Render(string root, bool strict, IRenderCache? cache)
    {
        var (content, diagnostics) = Check(root, strict);
        var (checkedDiagnostics, files) = RenderChecked(root, content, diagnostics, cache);
        return (content, checkedDiagnostics, files);
    }

    /// <summary>
    /// Renders an already checked model into memory (the preview's full render after a fast update); its jobs wait
    /// while <paramref name="open"/> is reset and use at most <paramref name="parallelism"/> threads (-1: all);
    /// <paramref name="templates"/>, when given, are used instead of loading them again.
    /// </summary>
    internal static (IReadOnlyList<Diagnostic> Diagnostics, List<OutputFile>? Files) RenderChecked(string root, SiteContent content, IReadOnlyList<Diagnostic> diagnostics, IRenderCache? cache, ManualResetEventSlim? open = null, int parallelism = -1, TemplateSet? templates = null)
    {
        if (diagnostics.Any(d => d.IsBlocking))
        {
            return (diagnostics, null);
        }

        var files = new MemorySink();
        var index = new IndexSink(content, threads: parallelism);
        var templateErrors = new DiagnosticBag();
        IFileSink sink = new FanOut(files, index);
        if (!SiteRenderer.TryRenderTo(open is null ? sink : new PausableSink(sink, open), content, diagnostics, root, templateErrors, cache, parallelism, templates))
        {
            // Template errors (GK0002) are reported like content errors: exit 1, nothing written.
            return ([.. diagnostics, .. templateErrors.Sorted()], null);
        }

        foreach (var file in open is null ? index.Files() : index.Files(open))
        {
            files.Add(file);
        }

        return (diagnostics, files.Files());
    }

    public static BuildResult Run(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        if (options.Output is not null && OutputSetting.FromCommandLine(options.Root, options.Output) is { } refused)
        {
            return Refused(refused, SourceSpan.WholeFile(CommandLineOutput), usage: true, clock);
        }

        var units = options.WriteSite && !options.NoCache ? UnitModelCache.Open(options.Root) : null;
        var (content, diagnostics) = Check(options.Root, options.Strict, clock, out var load, out var validate, units);
        if (!options.WriteSite || diagnostics.Any(d => d.IsBlocking))
        {
            return new BuildResult(diagnostics, 0, 0, null, clock.Elapsed);
        }

        var output = Path.GetFullPath(Path.Combine(options.Root, options.Output ?? content.Config.Output));
        var cache = options.NoCache ? BuildCache.None(output) : BuildCache.Load(options.Root, output);
        using var site = StagedSite.Begin(output, cache.Files);
        // One PageInputs keys both the render groups and the index runs, so a disclosure's key is computed once.
        var inputs = options.NoCache ? null : new PageInputs(options.Root, content, new DiagnosticIndex(diagnostics), units);
        var runs = options.NoCache ? null : IndexRunCache.Open(options.Root);
        var index = new IndexSink(content, runs is null ? null : new IndexRunSource(runs, (kind, d) => $"index {kind}\n{inputs!.DisclosureKey(content.FindUnit(d.UnitId)!, d)}"));
        var templateErrors = new DiagnosticBag();
        var started = clock.Elapsed;
        if (!SiteRenderer.TryRenderTo(new FanOut(site.Writer, index), content, diagnostics, options.Root, templateErrors, options.NoCache ? null : cache.Render, trees: units, inputs: inputs, spool: site.Spool))
        {
            return new BuildResult([.. diagnostics, .. templateErrors.Sorted()], 0, 0, null, clock.Elapsed);
        }

        var rendered = clock.Elapsed;
        StreamedWrite.Run(index.Files(), site.Writer.Add);
        var indexed = clock.Elapsed;
        if (site.Commit() is { } notOurs)
        {
            var span = options.Output is null ? OutputSetting.SpanOfValue(options.Root) : SourceSpan.WholeFile(CommandLineOutput);
            return new BuildResult([.. diagnostics, Error(notOurs, span)], 0, 0, null, clock.Elapsed) { UsageError = options.Output is not null };
        }

        cache.Save(site.Writer.Written);
        units?.Commit([.. content.Units.Select(u => u.Id)]);
        runs?.Commit();
        var stages = new StageTimes(load, validate, rendered - started, indexed - rendered, clock.Elapsed - indexed)
        {
            Reused = cache.Render.Hits,
            UnitsReused = units?.Hits ?? 0,
            RunsReused = runs?.Hits ?? 0,
            FilesUnread = units?.FilesUnread ?? 0,
            Linked = site.Writer.Linked,
        };
        return new BuildResult(diagnostics, site.Writer.Pages, site.Writer.Written.Count + 1, output, clock.Elapsed) { Stages = stages };
    }

    private static (SiteContent Content, IReadOnlyList<Diagnostic> Diagnostics) Check(string root, bool strict, Stopwatch clock, out TimeSpan load, out TimeSpan validate, UnitModelCache? units)
    {
        var start = clock.Elapsed;
        var bag = new DiagnosticBag();
        var content = ContentLoader.Load(root, bag, units);
        load = clock.Elapsed - start;
        Validator.Run(content, [.. content.Disclosures], bag, units);
        OutputSetting.Check(root, content.Config.Output, bag);
        var diagnostics = bag.Sorted();
        if (strict)
        {
            diagnostics = [.. diagnostics.Select(d => d.Severity == Severity.Warning && d.AcknowledgedNote is null ? d with { Severity = Severity.Error } : d)];
        }

        validate = clock.Elapsed - start - load;
        return (content, diagnostics);
    }

    private static BuildResult Refused(OutputRefusal refusal, SourceSpan span, bool usage, Stopwatch clock) =>
        new([Error(refusal, span)], 0, 0, null, clock.Elapsed) { UsageError = usage };

    private static Diagnostic Error(OutputRefusal refusal, SourceSpan span) => new(Severity.Error, refusal.Code, span, refusal.Message);
}
