using System.Collections.Concurrent;
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
        var templates = TemplateSet.Load(root, problems);
        if (templates is null)
        {
            return null;
        }

        try
        {
            return Render(content, diagnostics, root, templates);
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.All(x => x is TemplateFailure))
        {
            foreach (var failure in e.Flatten().InnerExceptions.Cast<TemplateFailure>().Select(f => f.Diagnostic).Distinct())
            {
                problems.Add(failure);
            }

            return null;
        }
    }

    /// <summary>Renders the site or throws: <see cref="TemplateFailure"/> for a template error.</summary>
    public static List<OutputFile> Render(SiteContent content, IReadOnlyList<Diagnostic> diagnostics, string root)
    {
        var problems = new DiagnosticBag();
        return TryRender(content, diagnostics, root, problems) ?? throw new TemplateFailure(problems.Sorted()[0]);
    }

    private static List<OutputFile> Render(SiteContent content, IReadOnlyList<Diagnostic> diagnostics, string root, TemplateSet templates)
    {
        var urls = new Urls(content.Config.BaseUrl, content.Config.Origin);
        var pages = new PageFactory(content, diagnostics, urls, templates);
        var jobs = pages.Jobs();
        var output = new ConcurrentBag<OutputFile>();
        Parallel.ForEach(jobs, job =>
        {
            foreach (var file in job())
            {
                output.Add(file);
            }
        });

        foreach (var asset in StaticAssets(Path.Combine(root, "templates", "assets")))
        {
            output.Add(asset);
        }

        // The seed text each disclosure names, offered as 原文（文字版） (the loader checked it is a file in seeds/).
        foreach (var d in content.Disclosures.Where(d => d.SeedPresent))
        {
            if (Load.SeedFiles.Read(root, d.Seed!) is { } bytes)
            {
                output.Add(new OutputFile(Urls.SourceTextPath(d), bytes));
            }
        }

        return [.. output.OrderBy(f => f.Path, StringComparer.Ordinal)];
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
