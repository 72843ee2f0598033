using Gongkai.Cache;
using Gongkai.Diagnostics;
using Gongkai.Model;
using Gongkai.Write;

namespace Gongkai.Render;

/// <summary>The Render stage: every page of the site from the model, rendered in parallel, returned in path order.</summary>
public static class SiteRenderer
{
    /// <summary>Renders the site; template errors (GK0002) go to <paramref name="problems"/> and the result is null.</summary>
    public static List<OutputFile>? TryRender(SiteContent content, IReadOnlyList<Diagnostic> diagnostics, string root, DiagnosticBag problems)
    {
        var sink = new MemorySink();
        return TryRenderTo(sink, content, diagnostics, root, problems, cache: null) ? sink.Files() : null;
    }

    /// <summary>Renders the site or throws: <see cref="TemplateFailure"/> for a template error.</summary>
    public static List<OutputFile> Render(SiteContent content, IReadOnlyList<Diagnostic> diagnostics, string root)
    {
        var problems = new DiagnosticBag();
        return TryRender(content, diagnostics, root, problems) ?? throw new TemplateFailure(problems.Sorted()[0]);
    }

    /// <summary>
    /// Renders every page into <paramref name="sink"/> as it is made (pages are never all in memory at once); with a
    /// cache, a unit-year whose inputs are unchanged is replayed instead of rendered. False after template errors.
    /// The templates are loaded here unless <paramref name="loaded"/> gives them (the preview keeps its set). A
    /// <paramref name="spool"/> on disk (the sink's staging folder) takes the site-wide downloads; else they are held.
    /// </summary>
    internal static bool TryRenderTo(IFileSink sink, SiteContent content, IReadOnlyList<Diagnostic> diagnostics, string root, DiagnosticBag problems, IRenderCache? cache, int parallelism = -1, TemplateSet? loaded = null, IUnitTrees? trees = null, PageInputs? inputs = null, Spool? spool = null)
    {
        var templates = loaded ?? TemplateSet.Load(root, problems);
        if (templates is null)
        {
            return false;
        }

        return CollectingTemplateErrors(problems, () => RenderTo(sink, content, diagnostics, root, templates, cache, parallelism, trees, inputs, spool));
    }

    /// <summary>
    /// Renders only the pages of <paramref name="units"/> (<see cref="PageFactory.UnitJobs"/>) and their seed texts:
    /// what the preview serves at once after an edit inside them, with the templates it loaded for its last full
    /// render (an edit of a template is a full render). Null after template errors.
    /// </summary>
    internal static List<OutputFile>? TryRenderUnits(SiteContent content, IReadOnlyList<Diagnostic> diagnostics, string root, TemplateSet templates, IEnumerable<Unit> units, DiagnosticBag problems)
    {
        var pages = new PageFactory(content, new DiagnosticIndex(diagnostics), new Urls(content.Config.BaseUrl, content.Config.Origin), templates);
        var sink = new MemorySink();
        var chosen = units.ToList();
        if (!CollectingTemplateErrors(problems, () => Run(chosen.SelectMany(pages.UnitJobs), sink, parallelism: -1)))
        {
            return null;
        }

        SeedTexts(sink, chosen.SelectMany(u => u.Disclosures), root);
        return sink.Files();
    }

    /// <summary>Runs <paramref name="render"/>; true, or false with each distinct template error (GK0002) added to <paramref name="problems"/>.</summary>
    private static bool CollectingTemplateErrors(DiagnosticBag problems, Action render)
    {
        try
        {
            render();
            return true;
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.All(x => x is TemplateFailure))
        {
            foreach (var failure in e.Flatten().InnerExceptions.Cast<TemplateFailure>().Select(f => f.Diagnostic).Distinct())
            {
                problems.Add(failure);
            }

            return false;
        }
    }

    /// <summary>Runs the jobs in parallel, each file into the sink as it is made.</summary>
    private static void Run(IEnumerable<Func<IEnumerable<OutputFile>>> jobs, IFileSink sink, int parallelism) =>
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, job =>
        {
            foreach (var file in job())
            {
                sink.Add(file);
            }
        });

    private static void RenderTo(IFileSink sink, SiteContent content, IReadOnlyList<Diagnostic> diagnostics, string root, TemplateSet templates, IRenderCache? cache, int parallelism, IUnitTrees? trees, PageInputs? inputs, Spool? spool)
    {
        var urls = new Urls(content.Config.BaseUrl, content.Config.Origin);
        var index = inputs?.Diagnostics ?? new DiagnosticIndex(diagnostics);
        var pages = new PageFactory(content, index, urls, templates, spool)
        {
            Groups = cache is null ? null : new RenderGroups(cache, inputs ?? new PageInputs(root, content, index, trees)),
        };
        Run(pages.Jobs(), sink, parallelism);
        Run(pages.LastJobs(), sink, parallelism);

        var assets = Load.RepoFiles.Exists(Path.Combine(root, "templates"))
            ? StaticAssets(Path.Combine(root, "templates", "assets"))
            : Tool.DefaultFiles.Under("templates/assets").Select(a => new OutputFile($"assets/{a}", Tool.DefaultFiles.Bytes($"templates/assets/{a}")));
        foreach (var asset in assets)
        {
            sink.Add(asset);
        }

        SeedTexts(sink, content.Disclosures, root);
    }

    // The seed text each disclosure names, offered as 原文（文字版） (the loader checked it is a file in seeds/).
    private static void SeedTexts(IFileSink sink, IEnumerable<Disclosure> disclosures, string root)
    {
        foreach (var d in disclosures.Where(d => d.SeedPresent))
        {
            if (Load.SeedFiles.Read(root, d.Seed!) is { } bytes)
            {
                sink.Add(new OutputFile(Urls.SourceTextPath(d), bytes));
            }
        }
    }

    /// <summary>Stylesheets and scripts are small; a bigger file in assets/ is a mistake, not an asset.</summary>
    private const long MaxAssetBytes = 16 * 1024 * 1024;

    private static IEnumerable<OutputFile> StaticAssets(string dir)
    {
        // Links and special files were reported by the Load stage (GK1017); here they are only skipped.
        var refused = new DiagnosticBag();
        foreach (var relative in Load.RepoFiles.Tree(dir, "templates/assets", refused))
        {
            if (Load.RepoFiles.ReadBytes(Path.Combine(dir, relative), $"templates/assets/{relative}", MaxAssetBytes, refused) is { } bytes)
            {
                yield return new OutputFile($"assets/{relative}", bytes);
            }
        }
    }
}
